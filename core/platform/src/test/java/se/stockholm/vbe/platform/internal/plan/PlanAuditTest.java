package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stockholm.vbe.platform.internal.plan.FixedCommittees.committee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.audit.AuditChannel;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.feature.Feature;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.platform.internal.audit.AuditServiceImpl;
import se.stockholm.vbe.platform.internal.audit.FailingInserts;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.FeatureServiceImpl;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.platform.internal.grant.StopListImpl;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Every write records one audit entry, in the same transaction: when the entry cannot be written, neither is
 * the change.
 */
class PlanAuditTest {

    private static final Actor EDITOR = Actor.user("editor-rk", Set.of("editor.rinkeby-kista"));
    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of(Actor.COORDINATOR));
    private static final Actor SHELL = Actor.user("shell:karaf", Set.of(Actor.COORDINATOR));
    private static final String RK = "rinkeby-kista";

    @TempDir
    Path directory;

    private final FailingInserts inserts = new FailingInserts();
    private PlanServiceImpl plans;
    private FeatureServiceImpl features;
    private StopListImpl stopList;
    private AuditServiceImpl audit;
    private ShippedPlanImporter importer;

    @BeforeEach
    void start() {
        Database database = TestDatabase.derby(directory, inserts::wrap);
        TestDatabase.committee(database, RK, CommitteeKind.DISTRICT);
        features = TestFeatures.onByDefault(database, TestRuleRegistry.on(database));
        PlanGeneration generation = new PlanGeneration(database);
        plans = new PlanServiceImpl(database, new FixedCommittees(committee(RK, CommitteeKind.DISTRICT)), features,
                generation, new Disclosure(3));
        stopList = new StopListImpl(database);
        audit = new AuditServiceImpl(database);
        importer = new ShippedPlanImporter(database, generation);
    }

    @Test
    void everyStepOfAPlansYearIsOneEntryWithWhatChanged() {
        ActionPlan plan = plans.create(RK, 2030, PlanServiceTest.document(2), EDITOR);
        plan = plans.replace(RK, 2030, PlanServiceTest.document(3), plan.version(), EDITOR);
        plan = plans.addActivity(RK, 2030, PlanServiceTest.activity(9), EDITOR);
        long added = plan.activities().get(3).id();
        Activity renamed = plan.activities().get(3);
        plans.replaceActivity(RK, 2030, added, new Activity(null, "Dialogmöte", renamed.description(),
                renamed.area(), renamed.responsible(), renamed.partners(), renamed.schedule(), renamed.frequency(),
                renamed.followUpIn(), renamed.followUpSystem(), renamed.templateId(), List.of()), EDITOR);
        plans.removeActivity(RK, 2030, plan.activities().get(0).id(), EDITOR);
        plans.transition(RK, 2030, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR);
        plans.recordFollowUp(RK, 2030, added, FollowUpPeriod.T1, new FollowUpReport(FollowUpStatus.IN_PROGRESS,
                "Påbörjad"), EDITOR);
        plans.recordFollowUp(RK, 2030, added, FollowUpPeriod.T1, new FollowUpReport(FollowUpStatus.DONE,
                "Påbörjad"), EDITOR);
        plans.transition(RK, 2030, PlanStatus.DRAFT, EDITOR);
        plans.revise(RK, 2030, COORDINATOR);

        List<AuditRecord> entries = oldestFirst();
        assertEquals(List.of("create", "replace", "activity-add", "activity-change", "activity-remove", "status",
                "follow-up", "follow-up", "reopen", "revision"), entries.stream().map(AuditRecord::action).toList());
        AuditRecord replaced = entries.get(1);
        assertTrue(replaced.confidential(), "the plan's lägesbild is confidential, so is the entry about it");
        assertEquals(List.of(true, true, false, false, false, false, false, false, false, true),
                entries.stream().map(AuditRecord::confidential).toList());
        assertEquals("plan", replaced.entityType());
        assertEquals("rinkeby-kista/2030", replaced.entityId());
        assertEquals(2030, replaced.year());
        assertEquals(AuditChannel.REST, replaced.channel());
        assertTrue(replaced.change().contains("].title: – → Trygghetsvandring 3"), replaced.change());
        assertEquals("title: Trygghetsvandring 9 → Dialogmöte", entries.get(3).change());
        assertEquals("activity", entries.get(3).entityType());
        assertEquals(Long.toString(added), entries.get(3).entityId());
        assertEquals("status: DRAFT → ADOPTED; meetingDate: – → 2025-03-14; diaryNumber: – → 1.2.3-456/2025; "
                + "paragraph: – → § 12", entries.get(5).change());
        assertEquals("status: – → IN_PROGRESS; comment: – → Påbörjad", entries.get(6).change());
        assertEquals("status: IN_PROGRESS → DONE", entries.get(7).change());
        assertEquals(added + "/T1", entries.get(7).entityId());
        assertEquals("status: ADOPTED → DRAFT", entries.get(8).change());
        assertEquals("rinkeby-kista/2031", entries.get(9).entityId());
        assertTrue(entries.get(9).change().startsWith("revisionOf: – → rinkeby-kista/2030"), entries.get(9).change());
        assertTrue(entries.stream().allMatch(entry -> RK.equals(entry.committeeId())));
    }

    @Test
    void featureSwitchesAndTheStopListFromTheShellAreEntriesOfTheShell() {
        features.set(RK, Feature.FOLLOW_UP, false, SHELL);
        stopList.add(new StopListEntry("802400-1235", "Föreningen Exempel", "Våldsbejakande budskap", "Dnr 1/2026",
                null, null), SHELL);
        stopList.remove("802400-1235", SHELL);

        List<AuditRecord> entries = oldestFirst();
        assertEquals(List.of("switch", "add", "remove"), entries.stream().map(AuditRecord::action).toList());
        assertTrue(entries.stream().allMatch(e -> e.channel() == AuditChannel.SHELL && e.actor().equals("shell:karaf")));
        assertEquals("enabled: true → false", entries.get(0).change());
        assertEquals("follow-up", entries.get(0).entityId());
        assertEquals("stop-list", entries.get(1).entityType());
        assertTrue(entries.get(1).change().contains("name: – → Föreningen Exempel"), entries.get(1).change());
        assertTrue(entries.get(2).change().contains("name: Föreningen Exempel → –"), entries.get(2).change());
    }

    @Test
    void aShippedPlanIsImportedWithAnEntryOfTheImport() {
        importer.importOnce(RK, new ShippedPlan(2019, PlanStatus.APPROVED,
                PlanAuditTest.class.getResource("/shipped-plan.json")),
                "import:se.stockholm.vbe.committee.rinkeby-kista 1.0.0");

        AuditRecord imported = oldestFirst().get(0);
        assertEquals("import", imported.action());
        assertTrue(imported.confidential(), "its parts carry no classification, so they are CONFIDENTIAL");
        assertEquals(AuditChannel.IMPORT, imported.channel());
        assertEquals("rinkeby-kista/2019", imported.entityId());
    }

    @Test
    void aShippedPlanLargerThanARestBodyIsRefusedUnread() throws Exception {
        Path huge = directory.resolve("huge-plan.json");
        Files.write(huge, new byte[ShippedPlanImporter.MAX_DOCUMENT_BYTES + 1]);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> importer.importOnce(RK,
                new ShippedPlan(2019, PlanStatus.APPROVED, huge.toUri().toURL()), "import:test"));

        assertTrue(refused.getMessage().contains("is larger than 1048576 bytes"), refused.getMessage());
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsNotWrittenEither() {
        ActionPlan plan = plans.create(RK, 2030, PlanServiceTest.document(1), EDITOR);
        inserts.into("audit_entry");

        assertThrows(UnavailableException.class, () -> plans.create(RK, 2031, PlanServiceTest.document(1), EDITOR));
        assertThrows(UnavailableException.class,
                () -> plans.replace(RK, 2030, PlanServiceTest.document(4), plan.version(), EDITOR));
        assertThrows(UnavailableException.class, () -> plans.transition(RK, 2030, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR));
        assertThrows(UnavailableException.class, () -> features.set(RK, Feature.FOLLOW_UP, false, COORDINATOR));
        assertThrows(UnavailableException.class, () -> stopList.add(new StopListEntry("802400-1235", "Exempel",
                "Skäl", "Dnr 1/2026", null, null), COORDINATOR));

        assertThrows(NotFoundException.class, () -> plans.plan(RK, 2031, EDITOR));
        ActionPlan unchanged = plans.plan(RK, 2030, EDITOR);
        assertEquals(plan, unchanged);
        assertEquals(PlanStatus.DRAFT, unchanged.status());
        assertTrue(features.isEnabled(RK, Feature.FOLLOW_UP));
        assertTrue(stopList.find("802400-1235").isEmpty());
        assertEquals(1, oldestFirst().size(), "only the first create, whose entry was written");
    }

    @Test
    void anAuditEntryWhoseChangeFailsAfterItIsNotWrittenEither() {
        plans.create(RK, 2030, PlanServiceTest.document(1), EDITOR);
        inserts.into("plan_version");

        assertThrows(UnavailableException.class, () -> plans.transition(RK, 2030, PlanStatus.ADOPTED, PlanServiceTest.DECISION, EDITOR));

        assertEquals(PlanStatus.DRAFT, plans.plan(RK, 2030, EDITOR).status());
        assertEquals(List.of("create"), oldestFirst().stream().map(AuditRecord::action).toList(),
                "the status entry, written before the decision's version failed, went with it");
    }

    private List<AuditRecord> oldestFirst() {
        List<AuditRecord> entries = new ArrayList<>(audit.entries(AuditQuery.newest(500), COORDINATOR).entries());
        Collections.reverse(entries);
        return entries;
    }
}
