package se.stockholm.vbe.platform.internal.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * Next year's draft from this year's plan: which activities are carried, how they move on, and what of the
 * lägesbild is kept. The links to this year's activities are the store's ({@link PlanStore#linkRevision}).
 */
final class YearlyRevision {

    /** A year written in free text, e.g. "Tertialrapport 1 2019". */
    private static final Pattern YEAR = Pattern.compile("\\b(19|20|21)\\d{2}\\b");

    private final List<Activity> carried;
    private final PlanDocument next;

    /** The revision of {@code source}; activities whose final status is CANCELLED only if {@code includeCancelled}. */
    YearlyRevision(ActionPlan source, boolean includeCancelled) {
        carried = source.activities().stream().filter(a -> includeCancelled || !cancelled(a)).toList();
        SituationPicture picture = source.situationPicture();
        next = new PlanDocument(source.coordinatorRole(), movedOn(source.nextRevision()),
                new SituationPicture(picture.sections(), List.of()),
                carried.stream().map(a -> a.carriedOver(1)).toList());
    }

    /** The draft: carried activities with their schedules a year on, the sections without the counts. */
    PlanDocument next() {
        return next;
    }

    /** The carried activities as they are this year, in the draft's order. */
    List<Activity> predecessors() {
        return carried;
    }

    /** Whether the activity's report of its latest period with one (VB, then T2, then T1) is CANCELLED. */
    static boolean cancelled(Activity activity) {
        Optional<FollowUp> last = activity.followUps().stream()
                .max(Comparator.comparing(FollowUp::period));
        return last.map(f -> f.status() == FollowUpStatus.CANCELLED).orElse(false);
    }

    /** Every year in the text one on, e.g. "Tertialrapport 1 2019" to "Tertialrapport 1 2020"; null stays null. */
    static String movedOn(String text) {
        if (text == null) {
            return null;
        }
        Matcher years = YEAR.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(moved, Integer.toString(Integer.parseInt(years.group()) + 1));
        }
        years.appendTail(moved);
        return moved.toString();
    }
}
