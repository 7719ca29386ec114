package se.stockholm.vbe.platform.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.Activity;

/**
 * Staff training, collaboration with the police, support for relatives and for those leaving: the year's decided
 * plan has an activity in the item's area, and where the item has terms, one that names one of them in its
 * title, description, responsible or partners (the police as "Polisen", "lokalpolisen", … for the term "polis").
 * An activity in another area does not count, as the plan's own structure is what the guidelines follow up.
 */
final class ActivityEvaluator implements CoverageEvaluator {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Override
    public ItemKind kind() {
        return ItemKind.ACTIVITY_IN_AREA;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        if (facts.decided().isEmpty()) {
            return Verdict.noDecidedPlan(facts.year());
        }
        Optional<Activity> found = facts.decided().get().activities().stream()
                .filter(a -> a.area() == item.area()).filter(a -> names(a, item.terms())).findFirst();
        if (found.isPresent()) {
            return Verdict.met("ACTIVITY_FOUND", "Aktivitet i planen: " + found.get().title());
        }
        String area = item.area().label();
        return item.terms().isEmpty()
                ? Verdict.gap("NO_ACTIVITY", "Ingen aktivitet inom området " + area + " i planen")
                : Verdict.gap("NO_MATCHING_ACTIVITY", "Ingen aktivitet inom området " + area + " som nämner "
                        + String.join(" eller ", item.terms()));
    }

    private static boolean names(Activity activity, List<String> terms) {
        if (terms.isEmpty()) {
            return true;
        }
        List<String> texts = new ArrayList<>(activity.responsible());
        texts.addAll(activity.partners());
        texts.add(activity.title());
        if (activity.description() != null) {
            texts.add(activity.description());
        }
        return texts.stream().map(t -> t.toLowerCase(SWEDISH))
                .anyMatch(t -> terms.stream().anyMatch(term -> t.contains(term.toLowerCase(SWEDISH))));
    }
}
