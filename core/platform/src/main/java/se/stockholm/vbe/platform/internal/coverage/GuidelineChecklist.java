package se.stockholm.vbe.platform.internal.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.Area;

/**
 * The default checklist: what the guidelines, as the seeds quote them, say every committee must have in place.
 * Support for relatives and for those leaving (avhoppare) is the social services' work, which the districts
 * run, so those two items apply to district committees only.
 */
final class GuidelineChecklist {

    static final String COORDINATOR = "coordinator";
    static final String PLAN_APPROVED = "plan-approved";
    static final String SITUATION_PICTURE = "situation-picture";
    static final String GRANT_CHECKS = "grant-checks";
    static final String STAFF_TRAINING = "staff-training";
    static final String POLICE_COLLABORATION = "police-collaboration";
    static final String RELATIVES_SUPPORT = "relatives-support";
    static final String EXIT_SUPPORT = "exit-support";
    static final String ORO_ROUTINE = "oro-routine";

    private static final Set<CommitteeKind> DISTRICTS = Set.of(CommitteeKind.DISTRICT);

    private GuidelineChecklist() {
    }

    /** Every guideline item with its built-in settings, the checklist when the configuration is unusable. */
    static Checklist defaults() {
        return of(new String[] {COORDINATOR, PLAN_APPROVED, SITUATION_PICTURE, GRANT_CHECKS, STAFF_TRAINING,
            POLICE_COLLABORATION, RELATIVES_SUPPORT, EXIT_SUPPORT, ORO_ROUTINE}, new Settings("06-30",
                new String[] {"polis"}, new String[] {"association-grant-check", "premises-rental-check"}));
    }

    /**
     * The items the configuration names, in its order.
     *
     * @throws IllegalArgumentException for an id that is not a guideline item, or a bad deadline
     */
    static Checklist of(CoverageConfiguration configuration) {
        return of(split(configuration.items()), new Settings(configuration.approvalDeadline().strip(),
                split(configuration.policeTerms()), split(configuration.grantFeatures())));
    }

    /** A list from a .cfg file arrives as one comma-separated string, from a .config file as an array. */
    private static String[] split(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toArray(String[]::new);
    }

    /** The parameters of the guideline items. */
    private record Settings(String approvalDeadline, String[] policeTerms, String[] grantFeatures) {
    }

    private static Checklist of(String[] ids, Settings settings) {
        Map<String, Function<Settings, ChecklistItem>> known = Map.of(
                COORDINATOR, c -> item(COORDINATOR, ItemKind.COORDINATOR_APPOINTED, "Lokal samordnare utsedd"),
                PLAN_APPROVED, c -> new ChecklistItem(PLAN_APPROVED, ItemKind.PLAN_APPROVED_IN_TIME,
                        "Planen antagen och godkänd i tid", null, List.of(), List.of(), c.approvalDeadline(),
                        Set.of()),
                SITUATION_PICTURE, c -> item(SITUATION_PICTURE, ItemKind.SITUATION_PICTURE_CURRENT,
                        "Lägesbilden uppdaterad i år"),
                GRANT_CHECKS, c -> new ChecklistItem(GRANT_CHECKS, ItemKind.FEATURES_ON,
                        "Kontroll av föreningsbidrag och lokaler påslagen", null, List.of(),
                        List.of(c.grantFeatures()), null, Set.of()),
                STAFF_TRAINING, c -> activity(STAFF_TRAINING, "Medarbetarnas kompetens i planen", Area.COMPETENCE,
                        List.of(), Set.of()),
                POLICE_COLLABORATION, c -> activity(POLICE_COLLABORATION, "Samverkan med polisen i planen",
                        Area.COLLABORATION, List.of(c.policeTerms()), Set.of()),
                RELATIVES_SUPPORT, c -> activity(RELATIVES_SUPPORT, "Stöd till anhöriga finns",
                        Area.RELATIVES_SUPPORT, List.of(), DISTRICTS),
                EXIT_SUPPORT, c -> activity(EXIT_SUPPORT, "Stöd till avhoppare finns", Area.EXIT_SUPPORT, List.of(),
                        DISTRICTS),
                ORO_ROUTINE, c -> item(ORO_ROUTINE, ItemKind.COMMITTEE_TICK, "Rutinen vid oro/händelse är känd"));
        List<ChecklistItem> items = new ArrayList<>();
        for (String id : ids) {
            var make = known.get(id);
            if (make == null) {
                throw new IllegalArgumentException("items: " + id + " is not a guideline item; one of "
                        + known.keySet().stream().sorted().toList());
            }
            items.add(make.apply(settings));
        }
        return new Checklist(items, null, null);
    }

    private static ChecklistItem item(String id, ItemKind kind, String title) {
        return new ChecklistItem(id, kind, title, null, List.of(), List.of(), null, Set.of());
    }

    private static ChecklistItem activity(String id, String title, Area area, List<String> terms,
            Set<CommitteeKind> appliesTo) {
        return new ChecklistItem(id, ItemKind.ACTIVITY_IN_AREA, title, area, terms, List.of(), null, appliesTo);
    }
}
