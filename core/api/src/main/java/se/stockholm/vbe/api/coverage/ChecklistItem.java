package se.stockholm.vbe.api.coverage;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;

/**
 * One thing every committee must have in place. Which of the optional parts an item needs is its kind's rule.
 *
 * @param id a slug, unique in the checklist, e.g. {@code police-collaboration}
 * @param kind how it is evaluated
 * @param title a short Swedish name, e.g. "Samverkan med polisen"
 * @param area for {@link ItemKind#ACTIVITY_IN_AREA}: the activity's area
 * @param terms for {@link ItemKind#ACTIVITY_IN_AREA}: words one of which the activity's title, description,
 *        responsible or partners must contain (case-insensitive); empty for any activity in the area
 * @param features for {@link ItemKind#FEATURES_ON}: the feature ids that must be on
 * @param deadline for {@link ItemKind#PLAN_APPROVED_IN_TIME}: the last day of the plan year for the approval,
 *        {@code MM-DD}
 * @param appliesTo the kinds of committee the item applies to; empty for all (others are not applicable)
 */
public record ChecklistItem(String id, ItemKind kind, String title, Area area, List<String> terms,
        List<String> features, String deadline, Set<CommitteeKind> appliesTo) {

    public ChecklistItem {
        id = Validation.requireSlug(id, "id");
        Validation.require(kind, "kind");
        title = Validation.requireLine(title, "title", 200);
        terms = Validation.lines(terms, "terms", 100);
        features = Validation.lines(features, "features", 100);
        deadline = Validation.optionalText(deadline, "deadline", 5);
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
        switch (kind) {
            case ACTIVITY_IN_AREA -> Validation.require(area, "area");
            case FEATURES_ON -> {
                if (features.isEmpty()) {
                    throw new IllegalArgumentException("features needs at least one feature id for FEATURES_ON");
                }
            }
            case PLAN_APPROVED_IN_TIME -> deadlineDay(Validation.require(deadline, "deadline"));
            default -> { }
        }
    }

    /** The deadline as a day of the year, {@code null} when the item has none. */
    public MonthDay deadlineDay() {
        return deadline == null ? null : deadlineDay(deadline);
    }

    /** Whether it applies to a committee of this kind. */
    public boolean appliesTo(CommitteeKind committeeKind) {
        return appliesTo.isEmpty() || appliesTo.contains(committeeKind);
    }

    private static MonthDay deadlineDay(String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("deadline must be a day of the year as MM-DD, e.g. 06-30 (was "
                    + value + ")");
        }
    }
}
