package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

class RuleContractTest {

    private static final Set<CheckType> BOOKINGS = EnumSet.of(CheckType.PREMISES_RENTAL);

    @Test
    void aWellBehavedRuleKeepsTheContract() {
        RuleContract.verify(rule("exempel.privat-bokning", "Bokning genom privatperson", BOOKINGS,
                application -> application.bookedBy() == BookedBy.PRIVATE_PERSON
                        ? RuleResult.review("Bokad av en privatperson.") : RuleResult.pass("Bokad av föreningen.")),
                "exempel");
    }

    @Test
    void anIdAgainstTheConventionIsRefusedSayingTheConvention() {
        assertEquals("rule id privat-bokning does not follow the convention <committee-id>.<name>: it must start with "
                + "its committee's id exempel. followed by a name of lower-case letters, digits and hyphens, at most "
                + "100 characters in all (e.g. exempel.unaffiliated); the platform refuses such a rule: rename it in "
                + "id()", refusal(rule("privat-bokning", "Titel", BOOKINGS, passing()), "exempel"));
        assertTrue(refusal(rule("exempel.Privat_Bokning", "Titel", BOOKINGS, passing()), "exempel")
                .contains("<committee-id>.<name>"));
    }

    @Test
    void aRuleForAnotherCommitteeIsRefused() {
        GrantRule other = new BaseGrantRule("exempel.regel", "Titel", "annan", BOOKINGS) {
            @Override
            public RuleResult evaluate(Application application) {
                return RuleResult.pass("ok");
            }
        };
        assertTrue(refusal(other, "exempel").startsWith("rule exempel.regel must return its own committee's id "
                + "exempel from committeeId()"));
    }

    @Test
    void aBlankTitleAndNoCheckTypeAreRefused() {
        assertTrue(refusal(rule("exempel.regel", " ", BOOKINGS, passing()), "exempel").contains("needs a title"));
        assertTrue(refusal(rule("exempel.regel", "Två\nrader", BOOKINGS, passing()), "exempel").contains("one line"));
        assertTrue(refusal(rule("exempel.regel", "Titel", Set.of(), passing()), "exempel")
                .contains("must apply to at least one check type"));
    }

    @Test
    void aRuleThatThrowsOrAnswersNothingIsRefusedNamingTheApplication() {
        String threw = refusal(rule("exempel.regel", "Titel", EnumSet.allOf(CheckType.class),
                application -> application.amountSek() > 0 ? RuleResult.pass("ok") : RuleResult.fail("nej")), "exempel");
        assertTrue(threw.startsWith("rule exempel.regel threw java.lang.NullPointerException"), threw);
        assertTrue(threw.contains(" for Application[type=PREMISES_RENTAL"), threw);
        assertTrue(threw.contains("return RuleResult.review"), threw);
        assertTrue(refusal(rule("exempel.regel", "Titel", BOOKINGS, application -> null), "exempel")
                .startsWith("rule exempel.regel returned null"));
    }

    @Test
    void aSlowRuleIsRefused() {
        AtomicBoolean slept = new AtomicBoolean();
        String slow = refusal(rule("exempel.regel", "Titel", BOOKINGS, application -> {
            if (!slept.getAndSet(true)) {
                sleep(RuleContract.FAST.toMillis() + 100);
            }
            return RuleResult.pass("ok");
        }), "exempel");
        assertTrue(slow.contains("a rule must answer within 200 ms here"), slow);
    }

    @Test
    void aRuleThatRemembersWhoAppliedIsCaughtByTheConcurrentCalls() {
        Set<String> seen = new HashSet<>();
        String stateful = refusal(rule("exempel.forsta-gangen", "Första ansökan", BOOKINGS, application ->
                seen.add(application.organisation().organisationNumber()) ? RuleResult.pass("Första ansökan.")
                        : RuleResult.review("Har sökt förut.")), "exempel");
        assertTrue(stateful.contains("when called from several threads at once"), stateful);
        assertTrue(stateful.contains("keep no mutable state in its fields"), stateful);
    }

    @Test
    void theRepresentativeApplicationsCoverEveryCombination() {
        assertEquals(432, RuleContract.representative(CheckType.ASSOCIATION_GRANT).size());
        assertEquals(96, RuleContract.representative(CheckType.PREMISES_RENTAL).size());
        assertEquals(96, Set.copyOf(RuleContract.representative(CheckType.PREMISES_RENTAL)).size());
    }

    private static String refusal(GrantRule rule, String committeeId) {
        return assertThrows(AssertionFailedError.class, () -> RuleContract.verify(rule, committeeId)).getMessage();
    }

    private static Function<Application, RuleResult> passing() {
        return application -> RuleResult.pass("ok");
    }

    private static GrantRule rule(String id, String title, Set<CheckType> types,
            Function<Application, RuleResult> evaluation) {
        return new BaseGrantRule(id, title, "exempel", types) {
            @Override
            public RuleResult evaluate(Application application) {
                return evaluation.apply(application);
            }
        };
    }

    /** The rule under test is slow on purpose; nothing in the test waits for it. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
