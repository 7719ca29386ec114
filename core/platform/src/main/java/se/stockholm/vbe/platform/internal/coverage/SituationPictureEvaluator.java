package se.stockholm.vbe.platform.internal.coverage;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * The lägesbild is updated this year when the year's decided plan has a section or incident figures. It looks
 * only at the picture the caller's audience gets: for the public the public sections and the published (already
 * suppressed) figures, so the answer and its fixed wording depend on public facts alone and say nothing about
 * whether, or how many, confidential parts exist.
 */
final class SituationPictureEvaluator implements CoverageEvaluator {

    @Override
    public ItemKind kind() {
        return ItemKind.SITUATION_PICTURE_CURRENT;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        if (facts.decided().isEmpty()) {
            return Verdict.noDecidedPlan(facts.year());
        }
        SituationPicture picture = facts.decided().get().situationPicture();
        if (!picture.sections().isEmpty() || hasFigures(picture.incidentFigures())) {
            return Verdict.met("SITUATION_PICTURE_FOUND", "Planen för " + facts.year() + " har en lägesbild");
        }
        return facts.seesEverything()
                ? Verdict.gap("NO_SITUATION_PICTURE", "Planen för " + facts.year() + " har ingen lägesbild")
                : Verdict.gap("NO_PUBLIC_SITUATION_PICTURE", "Planen för " + facts.year()
                        + " har ingen offentlig lägesbild");
    }

    /** A published total is a number above zero or a marker; a withheld total always stands for some incidents. */
    private static boolean hasFigures(IncidentFigures figures) {
        if (figures == null) {
            return false;
        }
        Figure total = figures.total();
        return total.marker() != null || total.value() > 0;
    }
}
