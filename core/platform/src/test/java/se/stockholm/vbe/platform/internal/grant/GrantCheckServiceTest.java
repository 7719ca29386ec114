package se.stockholm.vbe.platform.internal.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.feature.FeatureNotEnabledException;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.Decision;
import se.stockholm.vbe.api.grant.GrantCheck;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.api.grant.ReclaimRequest;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.platform.internal.audit.AuditServiceImpl;
import se.stockholm.vbe.platform.internal.committee.OwnerStore;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.FeatureServiceImpl;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Grant and premises checks on a real Derby database, with the city-wide rules and local test rules.
 */
class GrantCheckServiceTest {

    private static final Actor EDITOR = Actor.user("editor-hv", Set.of("editor.hasselby-vallingby"));
    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of("coordinator"));
    private static final RuleRegistry.RuleSource HASSELBY_BUNDLE = new RuleRegistry.RuleSource(
            "se.stockholm.vbe.committee.hasselby-vallingby", "hasselby-vallingby", "the committee's bundle");
    private static final Actor OTHER_EDITOR = Actor.user("editor-alvsjo", Set.of("editor.alvsjo"));

    @TempDir
    Path directory;

    private Database database;
    private RuleRegistry rules;
    private RuleRunner runner;
    private FeatureServiceImpl features;
    private StopListImpl stopList;
    private GrantCheckServiceImpl checks;

    @BeforeEach
    void start() {
        database = TestDatabase.derby(directory);
        TestDatabase.committee(database, "hasselby-vallingby", CommitteeKind.DISTRICT);
        CommitteeDirectory committees = new CommitteeDirectory() {
            private final CommitteeInfo info = new CommitteeInfo("hasselby-vallingby", "HV", CommitteeKind.DISTRICT,
                    true, "test", "1", Instant.now(), List.of());

            @Override
            public List<CommitteeInfo> committees() {
                return List.of(info);
            }

            @Override
            public Optional<CommitteeInfo> committee(String id) {
                return id.equals(info.id()) ? Optional.of(info) : Optional.empty();
            }

            @Override
            public List<ActivityTemplate> catalogue(String id) {
                return List.of();
            }
        };
        runner = new RuleRunner(TestRules.limits(2_000, 4, 3));
        rules = new RuleRegistry(database, new OwnerStore(database), runner);
        features = TestFeatures.onByDefault(database, rules);
        stopList = new StopListImpl(database);
        checks = new GrantCheckServiceImpl(database, committees, features, rules, runner, stopList);
    }

    @AfterEach
    void stop() {
        runner.deactivate();
    }

    @Test
    void anApplicationThatMeetsEveryRuleIsApprovedAndStored() {
        GrantCheck check = checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR);

        assertEquals(Decision.APPROVE, check.decision());
        assertEquals(List.of(DeclarationsRule.ID, StopListRule.ID), check.reasons().stream().map(r -> r.rule()).toList());
        assertEquals(check, checks.get("hasselby-vallingby", check.id(), COORDINATOR));
    }

    @Test
    void aMissingDeclarationIsARejection() {
        GrantCheck check = checks.check("hasselby-vallingby", TestRules.grant(false, false), EDITOR);

        assertEquals(Decision.REJECT, check.decision());
        assertTrue(check.reasons().get(0).message().contains("den demokratiska rättsstatens principer"));
    }

    @Test
    void aLocalRuleCountsAndAnEnabledLocalRuleThatIsGoneFailsClosed() {
        rules.register(TestRules.rule("hasselby-vallingby.unaffiliated", "hasselby-vallingby", application ->
                application.organisation().religiousAffiliation()
                        ? RuleResult.fail("Religiöst anknuten förening") : RuleResult.pass("Obunden")), 7, HASSELBY_BUNDLE);
        assertEquals(Decision.REJECT, checks.check("hasselby-vallingby", TestRules.grant(true, true), EDITOR).decision());

        rules.unregister(7);
        GrantCheck whileGone = checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR);

        assertEquals(Decision.REVIEW, whileGone.decision());
        assertEquals(Outcome.REVIEW, whileGone.reasons().get(2).outcome());
        assertTrue(whileGone.reasons().get(2).message().contains("inte tillgänglig"));
        features.set("hasselby-vallingby", "hasselby-vallingby.unaffiliated", false, COORDINATOR);
        assertEquals(Decision.APPROVE, checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR)
                .decision(), "a switched-off rule is not required");
    }

    @Test
    void aRuleWithAnotherCommitteesIdFromAnotherBundleIsRefusedWhileTheRealOneIsAwayAndTheCheckStillFailsClosed() {
        GrantRuleFactory unaffiliated = approving -> TestRules.rule("hasselby-vallingby.unaffiliated",
                "hasselby-vallingby", application -> approving || !application.organisation().religiousAffiliation()
                        ? RuleResult.pass("Obunden") : RuleResult.fail("Religiöst anknuten förening"));
        rules.register(unaffiliated.rule(false), 7, HASSELBY_BUNDLE);
        rules.unregister(7);

        RuleRegistry.RuleSource impostor = new RuleRegistry.RuleSource("se.example.impostor", "alvsjo", "impostor 1.0");
        rules.register(unaffiliated.rule(true), 8, impostor);
        rules.register(TestRules.rule("hasselby-vallingby.extra", "hasselby-vallingby",
                application -> RuleResult.pass("ok")), 9, new RuleRegistry.RuleSource("se.example.impostor",
                "hasselby-vallingby", "impostor 1.0"));
        rules.register(TestRules.rule("alvsjo-unaffiliated", "alvsjo", application -> RuleResult.pass("ok")), 10,
                new RuleRegistry.RuleSource("se.example.alvsjo", "alvsjo", "alvsjo 1.0"));

        assertEquals(3, rules.problems().size(), rules.problems().toString());
        assertTrue(rules.problems().toString().contains("declares committee alvsjo"), rules.problems().toString());
        assertTrue(rules.problems().toString().contains("belongs to bundle se.stockholm.vbe.committee.hasselby-vallingby"),
                rules.problems().toString());
        assertTrue(rules.problems().toString().contains("must start with its committee's id alvsjo."));
        assertEquals(List.of("hasselby-vallingby.unaffiliated"),
                rules.known("hasselby-vallingby").stream().map(rule -> rule.feature().id()).toList());
        assertEquals(Decision.REVIEW, checks.check("hasselby-vallingby", TestRules.grant(true, true), EDITOR).decision());

        rules.register(unaffiliated.rule(false), 11, HASSELBY_BUNDLE);
        assertEquals(Decision.REJECT, checks.check("hasselby-vallingby", TestRules.grant(true, true), EDITOR).decision());
    }

    @Test
    void aRuleNamedAgainstTheConventionIsRefusedNamingTheConventionAndTheCommitteesOtherRulesStillRun() {
        rules.register(TestRules.rule("hasselby-vallingby.unaffiliated", "hasselby-vallingby", application ->
                application.organisation().religiousAffiliation()
                        ? RuleResult.fail("Religiöst anknuten förening") : RuleResult.pass("Obunden")), 7, HASSELBY_BUNDLE);
        rules.register(TestRules.rule("hasselby-vallingby.Obunden_Förening", "hasselby-vallingby",
                application -> RuleResult.pass("ok")), 8, HASSELBY_BUNDLE);
        rules.register(TestRules.rule("unaffiliated", "hasselby-vallingby", application -> RuleResult.pass("ok")), 9,
                HASSELBY_BUNDLE);

        assertEquals(2, rules.problems().size(), rules.problems().toString());
        assertTrue(rules.problems().stream().allMatch(problem -> problem.message().contains(
                "does not follow the convention <committee-id>.<name>: it must start with its committee's id "
                        + "hasselby-vallingby. followed by a name of lower-case letters, digits and hyphens")),
                rules.problems().toString());
        assertTrue(rules.problems().toString().contains("rule id hasselby-vallingby.Obunden_Förening"));
        assertTrue(rules.problems().toString().contains("rule id unaffiliated"));
        assertEquals(List.of("hasselby-vallingby.unaffiliated"),
                rules.known("hasselby-vallingby").stream().map(rule -> rule.feature().id()).toList(),
                "a refused rule is no feature");
        assertEquals(Decision.REJECT, checks.check("hasselby-vallingby", TestRules.grant(true, true), EDITOR).decision());

        rules.unregister(8);
        rules.unregister(9);
        assertEquals(List.of(), rules.problems(), "the report goes with the rule");
    }

    /** Makes a rule that approves everything, or only unaffiliated applicants. */
    private interface GrantRuleFactory {
        GrantRule rule(boolean approving);
    }

    @Test
    void aDisabledCheckIsRefusedAndEarlierDecisionsStayReadable() {
        GrantCheck before = checks.check("hasselby-vallingby", TestRules.rental(BookedBy.ORGANISATION), EDITOR);
        features.set("hasselby-vallingby", "premises-rental-check", false, COORDINATOR);

        assertThrows(FeatureNotEnabledException.class,
                () -> checks.check("hasselby-vallingby", TestRules.rental(BookedBy.ORGANISATION), EDITOR));
        assertEquals(before, checks.get("hasselby-vallingby", before.id(), EDITOR));
        assertEquals(Decision.APPROVE, checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR)
                .decision(), "the grant check is still on");
    }

    @Test
    void aReclaimPutsTheOrganisationOnTheStopListAndItsNextApplicationIsRejected() {
        GrantCheck granted = checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR);

        GrantCheck reclaimed = checks.reclaim("hasselby-vallingby", granted.id(),
                new ReclaimRequest("Våldsbejakande extremism konstaterad", "Dnr 1.2.3-45/2026"), EDITOR);

        assertEquals("Dnr 1.2.3-45/2026", reclaimed.reclaim().decisionReference());
        assertTrue(stopList.find(TestRules.ORGANISATION_NUMBER).isPresent());
        GrantCheck next = checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR);
        assertEquals(Decision.REJECT, next.decision());
        assertTrue(next.reasons().get(1).message().contains("stopplista"));
    }

    @Test
    void aCheckAndAReclaimWithItsStopListEntryAreEachInTheAuditTrail() {
        GrantCheck granted = checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR);
        checks.reclaim("hasselby-vallingby", granted.id(),
                new ReclaimRequest("Våldsbejakande extremism konstaterad", "Dnr 1.2.3-45/2026"), EDITOR);

        List<AuditRecord> entries = new AuditServiceImpl(database).entries(AuditQuery.newest(10), COORDINATOR)
                .entries();

        assertEquals(List.of("reclaim", "add", "check"), entries.stream().map(AuditRecord::action).toList());
        assertEquals("grant-check", entries.get(2).entityType());
        assertEquals(Long.toString(granted.id()), entries.get(2).entityId());
        assertTrue(entries.get(2).change().endsWith("decision: – → APPROVE"), entries.get(2).change());
        assertTrue(entries.get(0).change().contains("reclaim.decisionReference: – → Dnr 1.2.3-45/2026"));
        assertEquals("hasselby-vallingby", entries.get(1).committeeId(), "the stop-list entry came from its reclaim");
    }

    @Test
    void onlyTheCommitteesEditorsAndTheCoordinatorRunChecks() {
        assertThrows(AccessDeniedException.class,
                () -> checks.check("hasselby-vallingby", TestRules.grant(false, true), OTHER_EDITOR));
        assertThrows(AccessDeniedException.class, () -> stopList.entries(EDITOR));
        assertThrows(AccessDeniedException.class,
                () -> features.set("hasselby-vallingby", "follow-up", false, EDITOR));
    }

    @Test
    void checksArePagedNewestFirstByKeyset() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, checks.check("hasselby-vallingby", TestRules.grant(false, true), EDITOR).id());
        }

        Page<GrantCheck> first = checks.checks("hasselby-vallingby", null, 2, EDITOR);
        Page<GrantCheck> second = checks.checks("hasselby-vallingby", Long.valueOf(first.next()), 2, EDITOR);
        Page<GrantCheck> last = checks.checks("hasselby-vallingby", Long.valueOf(second.next()), 2, EDITOR);

        assertEquals(ids.subList(0, 2), first.items().stream().map(GrantCheck::id).toList());
        assertEquals(ids.subList(2, 4), second.items().stream().map(GrantCheck::id).toList());
        assertEquals(ids.subList(4, 5), last.items().stream().map(GrantCheck::id).toList());
        assertNull(last.next(), "the last page names no next one");
        assertEquals(String.valueOf(ids.get(1)), first.next());
    }

    @Test
    void aPageSizeOutsideOneToFiveHundredIsRefusedNamingLimit() {
        for (int limit : new int[] {0, -1, 501}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> checks.checks("hasselby-vallingby", null, limit, EDITOR));
            assertEquals("limit", refused.field());
        }
    }

    @Test
    void theStopListIsPagedInOrderOfOrganisationNumber() {
        List<String> numbers = new ArrayList<>();
        for (int i = 3; i >= 1; i--) {
            String number = organisationNumber(i);
            numbers.add(0, number);
            stopList.add(new StopListEntry(number, "Förening " + i, "Beslut", "Dnr " + i + "-2026", null, null),
                    COORDINATOR);
        }

        Page<StopListEntry> first = stopList.entries(null, 2, COORDINATOR);
        Page<StopListEntry> rest = stopList.entries(first.next(), 2, COORDINATOR);

        assertEquals(numbers.subList(0, 2), first.items().stream().map(StopListEntry::organisationNumber).toList());
        assertEquals(numbers.get(1), first.next());
        assertEquals(numbers.subList(2, 3), rest.items().stream().map(StopListEntry::organisationNumber).toList());
        assertNull(rest.next());
    }

    /** A valid organisation number 802400-000N with its check digit. */
    private static String organisationNumber(int n) {
        String nine = "80240000" + n;
        for (int check = 0; check < 10; check++) {
            if (Validation.hasValidCheckDigit(nine + check)) {
                return nine.substring(0, 6) + "-" + nine.substring(6) + check;
            }
        }
        throw new AssertionError(nine);
    }
}
