package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.vbe.platform.internal.plan.FixedCommittees.committee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.CityTime;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.PreconditionFailedException;
import se.stockholm.vbe.api.PreconditionRequiredException;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.FeatureServiceImpl;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * The plan rules on a real Derby database.
 */
class PlanServiceTest {

    private static final Actor EDITOR = Actor.user("editor-rk", Set.of("editor.rinkeby-kista"));
    private static final Actor OTHER_EDITOR = Actor.user("editor-alvsjo", Set.of("editor.alvsjo"));
    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of("coordinator"));
    private static final Actor READER = Actor.user("lasare", Set.of("reader"));
    private static final Actor PUBLIC = Actor.anonymous();
    static final DecisionRecord DECISION = new DecisionRecord(LocalDate.of(2025, 3, 14), "1.2.3-456/2025",
            "§ 12");

    @TempDir
    Path directory;

    private Database database;
    private PlanServiceImpl plans;
    private FeatureServiceImpl features;
    private PlanGeneration generation;

    @BeforeEach
    void start() {
        database = TestDatabase.derby(directory);
        TestDatabase.committee(database, "rinkeby-kista", CommitteeKind.DISTRICT);
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        TestDatabase.committee(database, "idrottsnamnden", CommitteeKind.SPECIALIST);
        FixedCommittees committees = new FixedCommittees(committee("rinkeby-kista", CommitteeKind.DISTRICT),
                committee("alvsjo", CommitteeKind.DISTRICT), committee("idrottsnamnden", CommitteeKind.SPECIALIST));
        features = TestFeatures.onByDefault(database, TestRuleRegistry.on(database));
        generation = new PlanGeneration(database);
        plans = new PlanServiceImpl(database, committees, features, generation, new Disclosure(3));
    }

    @Test
    void anEditorCreatesADraftThatOnlyInsidersCanSee() {
        ActionPlan created = plans.create("rinkeby-kista", 2030, document(3), EDITOR);

        assertEquals(PlanStatus.DRAFT, created.status());
        assertEquals(1, created.version());
        assertEquals(3, created.activities().size());
        assertEquals("Trygghetsvandring 1", created.activities().get(0).title());
        assertEquals(created, plans.plan("rinkeby-kista", 2030, READER));
        assertThrows(NotFoundException.class, () -> plans.plan("rinkeby-kista", 2030, PUBLIC));
        assertThrows(NotFoundException.class, () -> plans.plan("rinkeby-kista", 2030, OTHER_EDITOR));
        assertEquals(List.of(), plans.plans("rinkeby-kista", PUBLIC));
    }

    @Test
    void creatingAPlanThatExistsNeedsAVersionToReplace() {
        plans.create("rinkeby-kista", 2030, document(1), EDITOR);

        assertThrows(PreconditionRequiredException.class, () -> plans.create("rinkeby-kista", 2030, document(2), EDITOR));
    }

    @Test
    void anEditorOfAnotherCommitteeMayNotWrite() {
        assertThrows(AccessDeniedException.class, () -> plans.create("rinkeby-kista", 2030, document(1), OTHER_EDITOR));
        assertThrows(AccessDeniedException.class, () -> plans.create("rinkeby-kista", 2030, document(1), READER));
    }

    @Test
    void aStaleVersionChangesNothing() {
        ActionPlan created = plans.create("rinkeby-kista", 2030, document(2), EDITOR);
        plans.replace("rinkeby-kista", 2030, document(3), created.version(), EDITOR);

        assertThrows(PreconditionFailedException.class,
                () -> plans.replace("rinkeby-kista", 2030, document(1), created.version(), EDITOR));
        assertEquals(3, plans.plan("rinkeby-kista", 2030, EDITOR).activities().size());
    }

    @Test
    void replacingADraftKeepsTheActivitiesItNamesById() {
        ActionPlan created = plans.create("rinkeby-kista", 2030, document(2), EDITOR);
        Activity kept = created.activities().get(1);
        Activity renamed = new Activity(kept.id(), "Omdöpt", kept.description(), kept.area(), kept.responsible(),
                kept.partners(), kept.schedule(), kept.frequency(), kept.followUpIn(), null, null, List.of());
        PlanDocument next = new PlanDocument("Samordnare", null, SituationPicture.EMPTY, List.of(renamed));

        ActionPlan replaced = plans.replace("rinkeby-kista", 2030, next, created.version(), EDITOR);

        assertEquals(1, replaced.activities().size());
        assertEquals(kept.id(), replaced.activities().get(0).id());
        assertEquals("Omdöpt", replaced.activities().get(0).title());
    }

    @Test
    void theLifecycleRunsFromDraftToArchivedAndKeepsEveryDecision() {
        plans.create("rinkeby-kista", 2030, document(2), EDITOR);
        assertThrows(NotFoundException.class, () -> plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED,
                OTHER_EDITOR), "another committee's editor cannot even see the draft");
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);
        assertThrows(AccessDeniedException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.APPROVED, EDITOR));
        plans.transition("rinkeby-kista", 2030, PlanStatus.APPROVED, DECISION, COORDINATOR);

        ActionPlan next = plans.revise("rinkeby-kista", 2030, EDITOR);
        plans.transition("rinkeby-kista", 2031, PlanStatus.ADOPTED, DECISION, EDITOR);
        plans.transition("rinkeby-kista", 2031, PlanStatus.APPROVED, DECISION, COORDINATOR);

        assertEquals(PlanStatus.ARCHIVED, plans.plan("rinkeby-kista", 2030, PUBLIC).status());
        assertEquals(2, next.activities().size());
        var versions = plans.versions("rinkeby-kista", 2030, PUBLIC);
        assertEquals(List.of(PlanStatus.ADOPTED, PlanStatus.APPROVED), versions.stream().map(v -> v.status()).toList());
        assertEquals("editor-rk", versions.get(0).decidedBy());
        assertEquals(PlanStatus.APPROVED, plans.version("rinkeby-kista", 2030, 2, PUBLIC).plan().status());
    }

    @Test
    void anIllegalTransitionIsAConflictThatNamesTheAllowedOnes() {
        plans.create("rinkeby-kista", 2030, document(1), EDITOR);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.APPROVED, DECISION, COORDINATOR));
        assertTrue(conflict.getMessage().contains("allowed from DRAFT: [ADOPTED]"), conflict.getMessage());
    }

    @Test
    void onlyADraftCanBeEdited() {
        ActionPlan created = plans.create("rinkeby-kista", 2030, document(1), EDITOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);

        assertThrows(ConflictException.class, () -> plans.addActivity("rinkeby-kista", 2030, activity(9), EDITOR));
        assertThrows(ConflictException.class,
                () -> plans.replace("rinkeby-kista", 2030, document(1), created.version() + 1, EDITOR));
    }

    @Test
    void followUpsAreRecordedAfterAdoptionInTheActivitysPeriodsAndSurviveARevisionToDraft() {
        Activity twiceAYear = new Activity(null, "Föreläsning", null, Area.COMPETENCE, List.of("Enhetschef"),
                List.of(), Schedule.continuous(), null, List.of(FollowUpPeriod.T1, FollowUpPeriod.T2), null, null, null);
        ActionPlan plan = plans.create("rinkeby-kista", 2030,
                new PlanDocument("Samordnare", null, SituationPicture.EMPTY, List.of(twiceAYear)), EDITOR);
        long activity = plan.activities().get(0).id();
        FollowUpReport done = new FollowUpReport(FollowUpStatus.DONE, "Genomförd i maj");
        assertThrows(ConflictException.class,
                () -> plans.recordFollowUp("rinkeby-kista", 2030, activity, FollowUpPeriod.T1, done, EDITOR));
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);

        plans.recordFollowUp("rinkeby-kista", 2030, activity, FollowUpPeriod.T1, done, EDITOR);
        assertThrows(InvalidInputException.class, () -> plans.recordFollowUp("rinkeby-kista", 2030, activity,
                FollowUpPeriod.ANNUAL_REPORT, done, EDITOR));
        ActionPlan revised = plans.transition("rinkeby-kista", 2030, PlanStatus.DRAFT, EDITOR);

        assertEquals(FollowUpStatus.DONE, revised.activities().get(0).followUps().get(0).status());
        assertEquals("editor-rk", revised.activities().get(0).followUps().get(0).recordedBy());
    }

    @Test
    void followUpsNeedTheFollowUpFeature() {
        ActionPlan plan = plans.create("rinkeby-kista", 2030, document(1), EDITOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);
        features.set("rinkeby-kista", "follow-up", false, COORDINATOR);

        var refused = assertThrows(se.stockholm.vbe.api.feature.FeatureNotEnabledException.class,
                () -> plans.recordFollowUp("rinkeby-kista", 2030, plan.activities().get(0).id(), FollowUpPeriod.T1,
                        new FollowUpReport(FollowUpStatus.DONE, null), EDITOR));
        assertEquals("feature follow-up is not enabled for committee rinkeby-kista", refused.getMessage());
    }

    @Test
    void aPersonnummerAnywhereInFreeTextIsRefusedAndNothingIsWritten() {
        Activity leaky = new Activity(null, "Samtal", "Kontakt 811218-9876", Area.PREVENTIVE, List.of("Fältassistent"),
                List.of(), Schedule.continuous(), null, List.of(FollowUpPeriod.T1), null, null, null);
        PlanDocument document = new PlanDocument("Samordnare", null, SituationPicture.EMPTY, List.of(leaky));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> plans.create("rinkeby-kista", 2030, document, EDITOR));
        assertEquals("activities[0].description", refused.field());
        assertThrows(NotFoundException.class, () -> plans.plan("rinkeby-kista", 2030, COORDINATOR));
    }

    @Test
    void unknownCommitteesAndYearsOutOfRangeAreRefused() {
        assertThrows(NotFoundException.class, () -> plans.plan("no-such", 2030, PUBLIC));
        assertThrows(NotFoundException.class, () -> plans.plan("rinkeby-kista", 2030, PUBLIC));
        assertThrows(InvalidInputException.class, () -> plans.plan("rinkeby-kista", 1999, PUBLIC));
        assertThrows(InvalidInputException.class, () -> plans.consolidated(2101, PlanFilter.ALL, PUBLIC));
    }

    @Test
    void theConsolidatedViewShowsPublishedPlansToThePublicWithACitySummary() {
        ActionPlan rinkeby = plans.create("rinkeby-kista", 2030, document(3), EDITOR);
        plans.create("alvsjo", 2030, document(2), COORDINATOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);
        plans.recordFollowUp("rinkeby-kista", 2030, rinkeby.activities().get(0).id(), FollowUpPeriod.T1,
                new FollowUpReport(FollowUpStatus.IN_PROGRESS, null), EDITOR);
        long before = plans.generation();

        ConsolidatedPlans anonymous = plans.consolidated(2030, PlanFilter.ALL, PUBLIC);
        ConsolidatedPlans reader = plans.consolidated(2030, PlanFilter.ALL, READER);

        assertEquals(List.of("rinkeby-kista"), anonymous.plans().stream().map(p -> p.committeeId()).toList());
        assertEquals(3, anonymous.summary().activities());
        assertEquals(Map.of(Area.PREVENTIVE, 3), anonymous.summary().activitiesPerArea());
        assertEquals(List.of("alvsjo", "idrottsnamnden"), anonymous.summary().committeesWithoutPlan());
        var t1 = anonymous.summary().followUps().get(0).counts();
        assertEquals(1, t1.get(FollowUpStatus.IN_PROGRESS));
        assertEquals(2, t1.get(FollowUpStatus.NOT_STARTED));
        assertEquals(2, reader.plans().size());
        assertEquals(1, plans.consolidated(2030, new PlanFilter(null, CommitteeKind.SPECIALIST, null), READER)
                .summary().committeesWithoutPlan().size());
        plans.create("idrottsnamnden", 2030, document(1), COORDINATOR);
        assertNotEquals(before, plans.generation(), "a write moves the generation on");
    }

    @Test
    void aWriteThroughOneNodeMovesTheGenerationEveryNodeOnTheDatabaseReads() {
        Database otherNode = TestDatabase.derby(directory);
        PlanGeneration seenOnTheOtherNode = new PlanGeneration(otherNode);
        long before = seenOnTheOtherNode.current();

        plans.create("rinkeby-kista", 2031, document(1), EDITOR);

        assertEquals(before + 1, seenOnTheOtherNode.current(), "committed with the write, read by the other node");
        assertEquals(plans.generation(), seenOnTheOtherNode.current());
    }

    @Test
    void aNewFollowUpReportKeepsTheEarlierOnesInItsHistoryAndBecomesTheCurrentOne() {
        long activity = adopted(2030).activities().get(0).id();
        plans.recordFollowUp("rinkeby-kista", 2030, activity, FollowUpPeriod.T1,
                new FollowUpReport(FollowUpStatus.IN_PROGRESS, "Påbörjad"), EDITOR);
        plans.recordFollowUp("rinkeby-kista", 2030, activity, FollowUpPeriod.T1,
                new FollowUpReport(FollowUpStatus.DONE, "Genomförd"), COORDINATOR);

        var history = plans.followUpHistory("rinkeby-kista", 2030, activity, FollowUpPeriod.T1, PUBLIC);

        assertEquals(List.of(FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE), history.stream().map(f -> f.status())
                .toList());
        assertEquals(List.of("editor-rk", "samordnare"), history.stream().map(f -> f.recordedBy()).toList());
        assertEquals("Påbörjad", history.get(0).comment());
        var current = plans.plan("rinkeby-kista", 2030, PUBLIC).activities().get(0).followUps();
        assertEquals(1, current.size(), "one current follow-up per period");
        assertEquals(history.get(1), current.get(0));
        assertEquals(List.of(), plans.followUpHistory("rinkeby-kista", 2030, activity, FollowUpPeriod.T2, PUBLIC));
        assertThrows(NotFoundException.class,
                () -> plans.followUpHistory("rinkeby-kista", 2030, activity + 1000, FollowUpPeriod.T1, PUBLIC));
    }

    @Test
    void adoptingAndApprovingRecordTheMeetingTheDiaryNumberAndTheParagraph() {
        plans.create("rinkeby-kista", 2030, document(1), EDITOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED,
                new DecisionRecord(LocalDate.of(2025, 3, 14), " 1.2.3-456/2025 ", "§12"), EDITOR);
        plans.transition("rinkeby-kista", 2030, PlanStatus.APPROVED,
                new DecisionRecord(LocalDate.of(2025, 4, 2), "155-943/2024", "§ 7 a"), COORDINATOR);

        var versions = plans.versions("rinkeby-kista", 2030, PUBLIC);

        assertEquals(LocalDate.of(2025, 3, 14), versions.get(0).meetingDate());
        assertEquals("1.2.3-456/2025", versions.get(0).diaryNumber());
        assertEquals("§ 12", versions.get(0).paragraph());
        assertEquals("155-943/2024", versions.get(1).diaryNumber());
        assertEquals("§ 7 a", plans.version("rinkeby-kista", 2030, 2, PUBLIC).paragraph());
        var shown = plans.consolidated(2030, PlanFilter.ALL, PUBLIC).plans().get(0).decisions();
        assertEquals(versions, shown);
    }

    @Test
    void aDecisionWithoutItsRecordOrFromAMeetingNotYetHeldIsRefusedNamingTheFieldAndChangesNothing() {
        ActionPlan draft = plans.create("rinkeby-kista", 2030, document(1), EDITOR);
        long generation = plans.generation();

        assertEquals("meetingDate", assertThrows(InvalidInputException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, EDITOR)).field());
        assertEquals("diaryNumber", assertThrows(InvalidInputException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED,
                        new DecisionRecord(LocalDate.of(2025, 3, 14), null, "§ 1"), EDITOR)).field());
        assertEquals("paragraph", assertThrows(InvalidInputException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED,
                        new DecisionRecord(LocalDate.of(2025, 3, 14), "1.2-3/2025", null), EDITOR)).field());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED,
                        new DecisionRecord(LocalDate.now().plusDays(2), "1.2.3-456/2025", "§ 12"), EDITOR));
        assertEquals("meetingDate", future.field());

        assertEquals(draft, plans.plan("rinkeby-kista", 2030, EDITOR), "neither status nor version moved");
        assertEquals(List.of(), plans.versions("rinkeby-kista", 2030, EDITOR));
        assertEquals(generation, plans.generation());
    }

    @Test
    void aDiaryNumberOrParagraphThatIsNotOneIsRefusedNamingTheField() {
        LocalDate meeting = LocalDate.of(2019, 3, 14);
        for (String nonsense : List.of("456/2019", "1.2.3-456", "abc", "1.2.3-456/19", "1.2.3-456/2019x",
                "1.2.3-456/2020")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new DecisionRecord(meeting, nonsense, "§ 12"), nonsense);
            assertTrue(refused.getMessage().startsWith("diaryNumber"), refused.getMessage());
        }
        for (String nonsense : List.of("12", "§", "paragraf 12", "§ -1")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new DecisionRecord(meeting, "1.2.3-456/2019", nonsense), nonsense);
            assertTrue(refused.getMessage().startsWith("paragraph"), refused.getMessage());
        }
        assertEquals("1.2.3-456/2019", new DecisionRecord(meeting, "1.2.3-456/2019", "§ 12").diaryNumber());
        assertEquals("155-943/2015", new DecisionRecord(null, "155-943/2015", null).diaryNumber());
    }

    @Test
    void aReopenedApprovedPlanStaysPublicAsItsDecidedVersionWhileTheEditorsWorkOnTheDraft() {
        long activity = approved(2030).activities().get(0).id();
        plans.recordFollowUp("rinkeby-kista", 2030, activity, FollowUpPeriod.T1,
                new FollowUpReport(FollowUpStatus.DONE, "Genomförd"), EDITOR);
        ActionPlan publicBefore = plans.plan("rinkeby-kista", 2030, PUBLIC);

        plans.transition("rinkeby-kista", 2030, PlanStatus.DRAFT, COORDINATOR);
        ActionPlan draft = plans.plan("rinkeby-kista", 2030, EDITOR);
        plans.replace("rinkeby-kista", 2030, document(3), draft.version(), EDITOR);

        ActionPlan seen = plans.plan("rinkeby-kista", 2030, PUBLIC);
        assertEquals(PlanStatus.APPROVED, seen.status());
        assertEquals(publicBefore.activities(), seen.activities(), "the decided version with its follow-ups");
        assertEquals(PlanStatus.DRAFT, seen.revision().status());
        assertEquals("samordnare", seen.revision().by());
        assertEquals(draft.version() + 1, seen.revision().version());
        assertEquals(seen, plans.plan("rinkeby-kista", 2030, OTHER_EDITOR));
        assertEquals(seen.withSituationPicture(SituationPicture.EMPTY), plans.decided("rinkeby-kista", 2030, EDITOR)
                .withSituationPicture(SituationPicture.EMPTY), "the same decided version; the editor sees all its lägesbild");
        ActionPlan editing = plans.plan("rinkeby-kista", 2030, EDITOR);
        assertEquals(PlanStatus.DRAFT, editing.status());
        assertEquals(3, editing.activities().size(), "the draft has the editor's three activities");
        assertEquals(PlanStatus.APPROVED, plans.plans("rinkeby-kista", PUBLIC).get(0).status());

        ConsolidatedPlans anonymous = plans.consolidated(2030, PlanFilter.ALL, PUBLIC);
        assertEquals(List.of("rinkeby-kista"), anonymous.plans().stream().map(p -> p.committeeId()).toList());
        assertEquals(1, anonymous.summary().committees());
        assertFalse(anonymous.summary().committeesWithoutPlan().contains("rinkeby-kista"));
        assertEquals(1, anonymous.summary().followUps().get(0).counts().get(FollowUpStatus.DONE));
        assertEquals(PlanStatus.DRAFT, plans.consolidated(2030, PlanFilter.ALL, EDITOR).plans().get(0).plan().status());
        assertEquals(1, auditEvents("reopen"));
    }

    @Test
    void reAdoptingTheDraftMakesItThePublicVersion() {
        approved(2030);
        plans.transition("rinkeby-kista", 2030, PlanStatus.DRAFT, COORDINATOR);
        ActionPlan draft = plans.plan("rinkeby-kista", 2030, EDITOR);
        plans.replace("rinkeby-kista", 2030, document(2), draft.version(), EDITOR);

        plans.transition("rinkeby-kista", 2030, PlanStatus.ADOPTED, DECISION, EDITOR);

        ActionPlan seen = plans.plan("rinkeby-kista", 2030, PUBLIC);
        assertEquals(PlanStatus.ADOPTED, seen.status());
        assertEquals(2, seen.activities().size());
        assertNull(seen.revision());
        assertNull(plans.plan("rinkeby-kista", 2030, EDITOR).revision());
        assertEquals(3, plans.versions("rinkeby-kista", 2030, PUBLIC).size());
    }

    @Test
    void aDraftThatWasNeverDecidedStaysHidden() {
        plans.create("rinkeby-kista", 2030, document(1), EDITOR);

        assertThrows(NotFoundException.class, () -> plans.decided("rinkeby-kista", 2030, PUBLIC));
        assertThrows(NotFoundException.class, () -> plans.decided("rinkeby-kista", 2030, EDITOR));
        assertEquals(List.of(), plans.consolidated(2030, PlanFilter.ALL, PUBLIC).plans());
    }

    @Test
    void aShippedPlanKeepsTheDecisionRecordItsBundleGivesAndRefusesAMeetingNotYetHeld() throws Exception {
        Path file = directory.resolve("2025.json");
        Files.writeString(file, VbeJson.mapper().writeValueAsString(document(1)));
        ShippedPlanImporter importer = new ShippedPlanImporter(database, generation);

        importer.importOnce("alvsjo", new ShippedPlan(2025, PlanStatus.APPROVED, file.toUri().toURL(),
                new DecisionRecord(LocalDate.of(2025, 2, 20), "3.1-88/2024", "§ 9")), "import:alvsjo");
        assertThrows(IllegalArgumentException.class, () -> importer.importOnce("alvsjo", new ShippedPlan(2026,
                PlanStatus.APPROVED, file.toUri().toURL(), new DecisionRecord(LocalDate.now(CityTime.ZONE).plusDays(1), null,
                        null)), "import:alvsjo"));

        var version = plans.versions("alvsjo", 2025, PUBLIC).get(0);
        assertEquals(LocalDate.of(2025, 2, 20), version.meetingDate());
        assertEquals("3.1-88/2024", version.diaryNumber());
        assertEquals("§ 9", version.paragraph());
        assertThrows(NotFoundException.class, () -> plans.plan("alvsjo", 2026, COORDINATOR));
    }

    private ActionPlan adopted(int year) {
        plans.create("rinkeby-kista", year, document(1), EDITOR);
        return plans.transition("rinkeby-kista", year, PlanStatus.ADOPTED, DECISION, EDITOR);
    }

    private ActionPlan approved(int year) {
        adopted(year);
        return plans.transition("rinkeby-kista", year, PlanStatus.APPROVED, DECISION, COORDINATOR);
    }

    private int auditEvents(String action) {
        return database.transaction(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = ?")) {
                query.setString(1, action);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    static PlanDocument document(int activities) {
        SituationPicture picture = new SituationPicture(List.of(new Section("Kartläggning", "Åtta incidenter, "
                + "<b>ingen</b> '; DROP TABLE activity; --")), List.of(new IncidentCount(Environment.WHITE_POWER,
                InformationSource.POLICE, 5)));
        return new PlanDocument("Preventionssamordnare", "Tertialrapport 1 2031", picture,
                java.util.stream.IntStream.rangeClosed(1, activities).mapToObj(PlanServiceTest::activity).toList());
    }

    static Activity activity(int n) {
        return new Activity(null, "Trygghetsvandring " + n, "Vandring med polis och boende", Area.PREVENTIVE,
                List.of("Preventionssamordnare"), List.of("Polisen"),
                Schedule.between(YearMonth.of(2030, 6), YearMonth.of(2031, 5)), "2 ggr/år",
                List.of(FollowUpPeriod.T1, FollowUpPeriod.T2, FollowUpPeriod.ANNUAL_REPORT), "ILS",
                "trygghetsvandring", null);
    }
}
