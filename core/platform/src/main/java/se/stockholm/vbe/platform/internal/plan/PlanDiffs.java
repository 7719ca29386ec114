package se.stockholm.vbe.platform.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.PlanDiff;
import se.stockholm.vbe.api.plan.PlanDiff.ActivityDiff;
import se.stockholm.vbe.api.plan.PlanDiff.Change;
import se.stockholm.vbe.api.plan.PlanDiff.FieldChange;
import se.stockholm.vbe.api.plan.PlanDiff.IncidentDiff;
import se.stockholm.vbe.api.plan.PlanDiff.Match;
import se.stockholm.vbe.api.plan.PlanDiff.SectionDiff;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;

/**
 * The diff of two plans of a committee, from the plans as given: callers pass the plans as the reader may read
 * them, so the diff shows nothing they hold back.
 */
final class PlanDiffs {

    /** The activity fields compared, with how each reads as text. */
    private static final Map<String, Function<Activity, Object>> FIELDS = fields();

    private PlanDiffs() {
    }

    static PlanDiff between(ActionPlan older, ActionPlan newer) {
        int years = newer.year() - older.year();
        List<Activity> unmatched = new ArrayList<>(older.activities());
        List<ActivityDiff> activities = new ArrayList<>();
        for (Activity activity : newer.activities()) {
            Optional<Matched> match = match(activity, unmatched);
            if (match.isEmpty()) {
                activities.add(new ActivityDiff(Change.ADDED, activity.id(), null, activity.title(), null, List.of(),
                        List.of()));
                continue;
            }
            Activity before = match.get().activity();
            unmatched.remove(before);
            List<FieldChange> fields = changes(before, activity, years);
            activities.add(new ActivityDiff(fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED, activity.id(),
                    before.id(), activity.title(), match.get().by(), fields, before.followUps()));
        }
        for (Activity dropped : unmatched) {
            activities.add(new ActivityDiff(Change.REMOVED, null, dropped.id(), dropped.title(), null, List.of(),
                    dropped.followUps()));
        }
        return new PlanDiff(newer.committeeId(), newer.year(), older.year(), activities,
                sections(older.situationPicture().sections(), newer.situationPicture().sections()),
                incidents(older.situationPicture().incidents(), newer.situationPicture().incidents()),
                ConsolidatedViews.tallies(older.activities()));
    }

    private record Matched(Activity activity, Match by) {
    }

    /** The older activity this one continues: by the revision's link, then by template, then by exact title. */
    private static Optional<Matched> match(Activity activity, List<Activity> candidates) {
        if (activity.predecessorId() != null) {
            Optional<Activity> linked = first(candidates, c -> activity.predecessorId().equals(c.id()));
            if (linked.isPresent()) {
                return linked.map(c -> new Matched(c, Match.PREDECESSOR));
            }
        }
        if (activity.templateId() != null) {
            Optional<Activity> template = first(candidates, c -> activity.templateId().equals(c.templateId()));
            if (template.isPresent()) {
                return template.map(c -> new Matched(c, Match.TEMPLATE));
            }
        }
        return first(candidates, c -> activity.title().equals(c.title())).map(c -> new Matched(c, Match.TITLE));
    }

    private static Optional<Activity> first(List<Activity> candidates, Predicate<Activity> test) {
        return candidates.stream().filter(test).findFirst();
    }

    /** The fields that differ; a schedule is unchanged when it is the older one moved on by the years between. */
    private static List<FieldChange> changes(Activity before, Activity after, int years) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, read) -> {
            Object old = name.equals("schedule") ? before.schedule().movedBy(years) : read.apply(before);
            if (!Objects.equals(old, read.apply(after))) {
                changes.add(new FieldChange(name, text(read.apply(before)), text(read.apply(after))));
            }
        });
        return changes;
    }

    private static Map<String, Function<Activity, Object>> fields() {
        Map<String, Function<Activity, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Activity::title);
        fields.put("description", Activity::description);
        fields.put("area", Activity::area);
        fields.put("responsible", Activity::responsible);
        fields.put("partners", Activity::partners);
        fields.put("schedule", Activity::schedule);
        fields.put("frequency", Activity::frequency);
        fields.put("followUpIn", Activity::followUpIn);
        fields.put("followUpSystem", Activity::followUpSystem);
        fields.put("templateId", Activity::templateId);
        return fields;
    }

    private static String text(Object value) {
        if (value instanceof Schedule schedule) {
            return schedule.ongoing() ? "löpande" : schedule.start() + ".." + schedule.end();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }

    private static List<SectionDiff> sections(List<Section> older, List<Section> newer) {
        Map<String, Section> before = new LinkedHashMap<>();
        older.forEach(s -> before.putIfAbsent(s.title(), s));
        List<SectionDiff> diffs = new ArrayList<>();
        for (Section section : newer) {
            Section old = before.remove(section.title());
            Change change = old == null ? Change.ADDED
                    : old.text().equals(section.text()) && old.classification() == section.classification()
                            ? Change.UNCHANGED : Change.CHANGED;
            diffs.add(new SectionDiff(change, section.title(), section.classification()));
        }
        before.values().forEach(s -> diffs.add(new SectionDiff(Change.REMOVED, s.title(), s.classification())));
        return diffs;
    }

    private static List<IncidentDiff> incidents(List<IncidentCount> older, List<IncidentCount> newer) {
        Map<String, IncidentCount> before = new LinkedHashMap<>();
        older.forEach(c -> before.put(c.key(), c));
        List<IncidentDiff> diffs = new ArrayList<>();
        for (IncidentCount count : newer) {
            IncidentCount old = before.remove(count.key());
            Change change = old == null ? Change.ADDED
                    : old.count().equals(count.count()) ? Change.UNCHANGED : Change.CHANGED;
            diffs.add(diff(change, count, old == null ? null : old.count(), count.count()));
        }
        before.values().forEach(c -> diffs.add(diff(Change.REMOVED, c, c.count(), null)));
        return diffs;
    }

    private static IncidentDiff diff(Change change, IncidentCount count, Integer before, Integer after) {
        return new IncidentDiff(change, count.key(), count.environment(), count.type(), count.source(),
                count.period(), count.placeType(), before, after);
    }
}
