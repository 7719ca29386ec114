package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.stockholm.vbe.platform.internal.plan.FixedCommittees.committee;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlanDiff;
import se.stockholm.vbe.api.plan.PlanDiff.Change;
import se.stockholm.vbe.api.plan.PlanDiff.Match;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;

/**
 * The yearly revision and the diff between two years on a real Derby database.
 */
class RevisionAndDiffTest {

    private static final String RK = "rinkeby-kista";
    private static final Actor EDITOR = Actor.user("editor-rk", Set.of("editor.rinkeby-kista"));
    private static final Actor PUBLIC = Actor.anonymous();

    @TempDir
    Path directory;

    private PlanServiceImpl plans;

    @BeforeEach
    void start() {
        Database database = TestDatabase.derby(directory);
        TestDatabase.committee(database, RK, CommitteeKind.DISTRICT);
        plans = new PlanServiceImpl(database, new FixedCommittees(committee(RK, CommitteeKind.DISTRICT)),
                TestFeatures.onByDefault(database, TestRuleRegistry.on(database)), new PlanGeneration(database),
                new Disclosure(3));
    }

    @Test
    void aRevisionMovesEverythingOnAYearAndKeepsLastYearsOutcomeBesideEachActivity() {
        ActionPlan last = adopted(List.of(activity("Skolår", Schedule.between(YearMonth.of(2030, 8),
                YearMonth.of(2031, 6)), null), activity("Löpande", Schedule.continuous(), null),
                activity("Avbruten", Schedule.between(YearMonth.of(2030, 3), YearMonth.of(2030, 10)), null)));
        long schoolYear = last.activities().get(0).id();
        report(schoolYear, FollowUpPeriod.T1, FollowUpStatus.IN_PROGRESS, "Påbörjad");
        report(schoolYear, FollowUpPeriod.T2, FollowUpStatus.DONE, "Klar");
        report(last.activities().get(2).id(), FollowUpPeriod.T1, FollowUpStatus.CANCELLED, "Inställd");

        ActionPlan next = plans.revise(RK, 2030, EDITOR);

        assertEquals(2030, next.revisedFrom());
        assertEquals("Tertialrapport 1 2032", next.nextRevision());
        assertEquals(List.of(), next.situationPicture().incidents());
        assertEquals(last.situationPicture().sections(), next.situationPicture().sections());
        assertEquals(List.of("Skolår", "Löpande"), next.activities().stream().map(Activity::title).toList());
        Activity carried = next.activities().get(0);
        assertEquals(schoolYear, carried.predecessorId());
        assertEquals(Schedule.between(YearMonth.of(2031, 8), YearMonth.of(2032, 6)), carried.schedule());
        assertEquals(Schedule.continuous(), next.activities().get(1).schedule());
        assertEquals(List.of(), carried.followUps());
        assertEquals(List.of(FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE),
                carried.previousOutcome().stream().map(f -> f.status()).toList());
        assertEquals("Klar", carried.previousOutcome().get(1).comment());
    }

    @Test
    void editingACarriedActivityKeepsItsLinkAndAnEditorCannotForgeOne() {
        ActionPlan last = adopted(List.of(activity("Dialog", Schedule.continuous(), null)));
        report(last.activities().get(0).id(), FollowUpPeriod.T1, FollowUpStatus.DONE, "Klar");
        Activity carried = plans.revise(RK, 2030, EDITOR).activities().get(0);

        Activity edited = plans.replaceActivity(RK, 2031, carried.id(), activity("Dialogmöte", Schedule.continuous(),
                null), EDITOR).activities().get(0);
        Activity forged = new Activity(null, "Ny", null, Area.PREVENTIVE, List.of("Samordnaren"), List.of(),
                Schedule.continuous(), null, List.of(FollowUpPeriod.T1), null, null, List.of(), carried.predecessorId(),
                carried.previousOutcome());
        Activity added = plans.addActivity(RK, 2031, forged, EDITOR).activities().get(1);

        assertEquals(last.activities().get(0).id(), carried.predecessorId());
        assertEquals(carried.predecessorId(), edited.predecessorId());
        assertEquals(carried.previousOutcome(), edited.previousOutcome());
        assertNull(added.predecessorId());
        assertEquals(List.of(), added.previousOutcome());
    }

    @Test
    void theDiffMatchesByPredecessorThenTemplateThenTitle() {
        adopted(List.of(activity("Länkad", Schedule.continuous(), null),
                activity("Mall gammal titel", Schedule.continuous(), "mall"),
                activity("Samma titel", Schedule.between(YearMonth.of(2030, 1), YearMonth.of(2030, 6)), null),
                activity("Borttagen", Schedule.continuous(), null)));
        ActionPlan next = plans.revise(RK, 2030, EDITOR);
        ActionPlan edited = plans.replace(RK, 2031, new PlanDocument("Samordnare", null, next.situationPicture(),
                List.of(next.activities().get(0), activity("Mall ny titel", Schedule.continuous(), "mall"),
                        activity("Samma titel", Schedule.between(YearMonth.of(2031, 1), YearMonth.of(2031, 12)), null),
                        activity("Ny", Schedule.continuous(), null))), next.version(), EDITOR);

        PlanDiff diff = plans.diff(RK, 2031, 2030, EDITOR);

        assertEquals(List.of(Change.UNCHANGED, Change.CHANGED, Change.CHANGED, Change.ADDED, Change.REMOVED),
                diff.activities().stream().map(PlanDiff.ActivityDiff::change).toList());
        assertEquals(java.util.Arrays.asList(Match.PREDECESSOR, Match.TEMPLATE, Match.TITLE, null, null),
                diff.activities().stream().map(PlanDiff.ActivityDiff::matchedBy).toList());
        assertEquals(List.of(new PlanDiff.FieldChange("title", "Mall gammal titel", "Mall ny titel")),
                diff.activities().get(1).fields());
        assertEquals(List.of(new PlanDiff.FieldChange("schedule", "2030-01..2030-06", "2031-01..2031-12")),
                diff.activities().get(2).fields(), "a schedule a year on is no change, a longer one is");
        assertEquals(edited.activities().get(3).id(), diff.activities().get(3).id());
        assertEquals(List.of(Change.UNCHANGED, Change.UNCHANGED), diff.sections().stream().map(PlanDiff.SectionDiff::change).toList());
        assertEquals(List.of(Change.REMOVED, Change.REMOVED),
                diff.incidents().stream().map(PlanDiff.IncidentDiff::change).toList());
    }

    @Test
    void theDiffIsMadeFromWhatTheReaderMaySeeAndOnlyAgainstAnEarlierYear() {
        adopted(List.of(activity("Dialog", Schedule.continuous(), null)));
        plans.revise(RK, 2030, EDITOR);
        assertThrows(NotFoundException.class, () -> plans.diff(RK, 2031, 2030, PUBLIC), "the draft is not public");
        plans.transition(RK, 2031, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR);

        PlanDiff shown = plans.diff(RK, 2031, 2030, PUBLIC);

        assertEquals(List.of("Offentligt"), shown.sections().stream().map(PlanDiff.SectionDiff::title).toList());
        assertEquals(List.of(), shown.incidents());
        assertEquals(2, plans.diff(RK, 2031, 2030, EDITOR).sections().size());
        assertThrows(InvalidInputException.class, () -> plans.diff(RK, 2031, 2031, EDITOR));
        assertThrows(InvalidInputException.class, () -> plans.diff(RK, 2030, 2031, EDITOR));
        NotFoundException none = assertThrows(NotFoundException.class, () -> plans.diff(RK, 2031, 2025, EDITOR));
        assertEquals("committee rinkeby-kista has no plan for 2025", none.getMessage());
    }

    private ActionPlan adopted(List<Activity> activities) {
        SituationPicture picture = new SituationPicture(List.of(
                new Section("Offentligt", "Klotter vid skolor", Classification.PUBLIC, null),
                new Section("Sekretess", "Namngiven lokal", Classification.CONFIDENTIAL, "OSL 18 kap. 1 §")),
                List.of(new IncidentCount(Environment.WHITE_POWER, InformationSource.POLICE, 5, Classification.PUBLIC,
                        null), new IncidentCount(Environment.ISLAMIST, InformationSource.OWN_UNITS, 2)));
        plans.create(RK, 2030, new PlanDocument("Samordnare", "Tertialrapport 1 2031", picture, activities), EDITOR);
        return plans.transition(RK, 2030, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR);
    }

    private void report(long activity, FollowUpPeriod period, FollowUpStatus status, String comment) {
        plans.recordFollowUp(RK, 2030, activity, period, new FollowUpReport(status, comment), EDITOR);
    }

    private static Activity activity(String title, Schedule schedule, String templateId) {
        return new Activity(null, title, null, Area.PREVENTIVE, List.of("Samordnaren"), List.of(), schedule, null,
                List.of(FollowUpPeriod.T1, FollowUpPeriod.T2), null, templateId, List.of());
    }
}
