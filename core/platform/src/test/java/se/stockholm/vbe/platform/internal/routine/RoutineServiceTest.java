package se.stockholm.vbe.platform.internal.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.committee.CommitteeNode;
import se.stockholm.vbe.api.routine.RoutineAdvice;
import se.stockholm.vbe.api.routine.RoutineAnswers;
import se.stockholm.vbe.api.routine.RoutineStep;
import se.stockholm.vbe.api.routine.RoutineStep.Applies;
import se.stockholm.vbe.api.routine.RoutineUsage;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.spi.ActivityTemplate;

class RoutineServiceTest {

    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of(Actor.COORDINATOR));
    private static final List<CommitteeContact> ALVSJO_CONTACTS = List.of(
            new CommitteeContact("Preventionssamordnare", "Stadsdelsförvaltningens växel"));
    /** 23:30 on 31 January in UTC is already February in Stockholm: the city's month counts. */
    private static final Clock FEBRUARY_IN_STOCKHOLM = Clock.fixed(Instant.parse("2026-01-31T23:30:00Z"),
            ZoneId.of("UTC"));

    /** One database for the tests of the steps (opening Derby takes seconds here); the counting tests have their own. */
    @TempDir
    static Path shared;
    private static RoutineServiceImpl routine;

    @TempDir
    Path own;

    @BeforeAll
    static void start() {
        routine = routineOn(TestDatabase.derby(shared));
    }

    private static RoutineServiceImpl routineOn(Database database) {
        return new RoutineServiceImpl(database, new OneCommittee(), FEBRUARY_IN_STOCKHOLM);
    }

    /**
     * The routine (Älvsjö 2018, "Vid oro"): 112 when "fara hotar liv, hälsa, egendom"; "informera alltid sin
     * närmsta chef"; "oro ska genast anmälas till socialtjänsten ... om oron avser en individ under 18 år", over 18
     * "kan anmälan göras till socialtjänsten om det inte föreligger hinder på grund av sekretess"; "polisanmälan ska
     * alltid övervägas vid misstänkt brott"; "överväg alltid" IA; the blankett för avidentifierad information.
     */
    @ParameterizedTest(name = "danger {0}, under 18 {1}, crime {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            false | false | false | TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM
            false | false | true  | TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM
            false | true  | false | TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM
            false | true  | true  | TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM
            true  | false | false | CALL_112 TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM
            true  | false | true  | CALL_112 TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM
            true  | true  | false | CALL_112 TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM
            true  | true  | true  | CALL_112 TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM
            """)
    void everyCombinationOfAnswersGivesTheRoutinesStepsInItsOrder(boolean danger, boolean under18, boolean crime,
            String expected) {
        RoutineAdvice advice = routine.advise(new RoutineAnswers(danger, under18, crime, null));

        assertEquals(Arrays.asList(expected.split(" ")), advice.steps().stream().map(RoutineStep::id).toList());
        for (RoutineStep step : advice.steps()) {
            boolean always = Set.of("TELL_MANAGER", "CONSIDER_IA_REPORT", "FILL_IN_FORM").contains(step.id());
            assertEquals(always ? Applies.ALWAYS : Applies.BY_ANSWER, step.applies(), step.id());
        }
    }

    @Test
    void dangerComesFirstAs112UnderNödrättInTheRoutinesWords() {
        RoutineStep first = routine.advise(new RoutineAnswers(true, false, false, null)).steps().get(0);

        assertEquals("Ring 112 direkt", first.title());
        assertEquals("Nödrätt, 24 kap. 4 § brottsbalken", first.legalGround());
        assertEquals("immediateDanger", first.becauseOf());
        assertTrue(first.text().contains("Fara hotar liv, hälsa, egendom eller något annat viktigt av "
                + "rättsordningen skyddat intresse"), first.text());
    }

    @Test
    void someoneUnder18IsReportedToSocialServicesAtOnceUnderTheDutyToReport() {
        RoutineStep report = step(routine.advise(new RoutineAnswers(false, true, false, null)),
                "REPORT_TO_SOCIAL_SERVICES");

        assertEquals("Anmälningsskyldighet, 14 kap. 1 § socialtjänstlagen", report.legalGround());
        assertTrue(report.text().contains("genast anmälas till socialtjänsten"), report.text());
    }

    @Test
    void aSuspectedCrimeIsAPoliceReportConsideredAfterSecrecyIsChecked() {
        RoutineStep police = step(routine.advise(new RoutineAnswers(false, false, true, null)),
                "CONSIDER_POLICE_REPORT");

        assertTrue(police.text().startsWith("Polisanmälan ska alltid övervägas vid misstänkt brott"), police.text());
        assertTrue(police.text().contains("vem som har rätt att fatta beslut om polisanmälan"), police.text());
        assertTrue(police.legalGround().contains("sekretess"), police.legalGround());
    }

    @Test
    void theCommitteesContactsComeWithTheAnswerAndTheFormIsLinkedPrefilled() {
        RoutineAdvice advice = routine.advise(new RoutineAnswers(true, true, true, "alvsjo"));

        assertEquals("alvsjo", advice.committeeId());
        assertEquals(ALVSJO_CONTACTS, advice.contacts());
        assertEquals("/namnd/alvsjo/rapportera?month=2026-02&actions=EMERGENCY_112,SOCIAL_SERVICES_REPORT",
                step(advice, "FILL_IN_FORM").link());
    }

    @Test
    void withoutACommitteeThereAreNoContactsAndNoFormToLink() {
        RoutineAdvice advice = routine.advise(new RoutineAnswers(false, false, false, null));

        assertEquals(List.of(), advice.contacts());
        assertNull(step(advice, "FILL_IN_FORM").link());
    }

    @Test
    void aMissingAnswerIsRefusedNamingIt() {
        RoutineServiceImpl routine = routineOn(TestDatabase.derby(own));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> routine.advise(new RoutineAnswers(true, null, false, null)));

        assertEquals("under18", refused.field());
        assertEquals(List.of(), routine.usage(COORDINATOR), "a refused question is not a use");
    }

    @Test
    void anUnknownCommitteeIsNotFound() {
        assertThrows(NotFoundException.class, () -> routine.advise(new RoutineAnswers(false, false, false, "atlantis")));
    }

    @Test
    void eachUseIsCountedPerCommitteeAndMonthInTheCitysTimeZoneAndOnlyTheCoordinatorReadsTheCounts() {
        RoutineServiceImpl routine = routineOn(TestDatabase.derby(own));
        routine.advise(new RoutineAnswers(false, false, false, "alvsjo"));
        routine.advise(new RoutineAnswers(true, true, false, "alvsjo"));
        routine.advise(new RoutineAnswers(false, false, true, null));

        assertEquals(List.of(new RoutineUsage(null, YearMonth.of(2026, 2), 1),
                new RoutineUsage("alvsjo", YearMonth.of(2026, 2), 2)), routine.usage(COORDINATOR));
        assertThrows(AccessDeniedException.class,
                () -> routine.usage(Actor.user("redaktor", Set.of(Actor.EDITOR_PREFIX + "alvsjo"))));
    }

    private static RoutineStep step(RoutineAdvice advice, String id) {
        return advice.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Älvsjö, with its contacts; every other id is unknown. */
    private static final class OneCommittee implements CommitteeDirectory {

        private final CommitteeInfo alvsjo = new CommitteeInfo("alvsjo", "Älvsjö stadsdelsnämnd",
                CommitteeKind.DISTRICT, true, "test", "1.0.0", Instant.now(), List.of());

        @Override
        public List<CommitteeInfo> committees() {
            return List.of(alvsjo);
        }

        @Override
        public Optional<CommitteeInfo> committee(String id) {
            return Optional.of(alvsjo).filter(c -> c.id().equals(id));
        }

        @Override
        public List<ActivityTemplate> catalogue(String id) {
            return List.of();
        }

        @Override
        public List<CommitteeContact> contacts(String id) {
            committee(id).orElseThrow(() -> new NotFoundException("no committee " + id));
            return ALVSJO_CONTACTS;
        }

        @Override
        public Map<String, List<CommitteeNode>> nodes() {
            return Map.of();
        }
    }
}
