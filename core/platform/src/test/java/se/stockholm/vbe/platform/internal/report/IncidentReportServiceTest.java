package se.stockholm.vbe.platform.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.stockholm.vbe.platform.internal.plan.FixedCommittees.committee;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;
import se.stockholm.vbe.api.report.IncidentReport;
import se.stockholm.vbe.api.report.ReportAction;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportReview;
import se.stockholm.vbe.api.report.ReviewDecision;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.feature.TestFeatures;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;
import se.stockholm.vbe.platform.internal.plan.FixedCommittees;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.platform.internal.plan.PlanServiceImpl;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;

class IncidentReportServiceTest {

    private static final Actor REPORTER = Actor.user("medarbetare", Set.of("reporter"));
    private static final Actor EDITOR = Actor.user("editor-rk", Set.of("editor.rinkeby-kista"));
    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of("coordinator", "reporter"));
    /** New Year's night: 23:30 UTC on 31 December is already January in Stockholm. */
    private static final Clock NEW_YEARS_NIGHT = Clock.fixed(Instant.parse("2030-12-31T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private PlanServiceImpl plans;
    private IncidentReportServiceImpl reports;

    @BeforeEach
    void start() {
        Database database = TestDatabase.derby(directory);
        TestDatabase.committee(database, "rinkeby-kista", CommitteeKind.DISTRICT);
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        FixedCommittees committees = new FixedCommittees(committee("rinkeby-kista", CommitteeKind.DISTRICT),
                committee("alvsjo", CommitteeKind.DISTRICT));
        PlanGeneration generation = new PlanGeneration(database);
        plans = new PlanServiceImpl(database, committees,
                TestFeatures.onByDefault(database, TestRuleRegistry.on(database)), generation, new Disclosure(3));
        reports = new IncidentReportServiceImpl(database, generation, committees, plans, NEW_YEARS_NIGHT);
    }

    private static ReportForm form(YearMonth month, PlaceType place) {
        return new ReportForm(month, Environment.WHITE_POWER, IncidentType.PROPAGANDA, place, InformationSource.SCHOOLS,
                List.of(ReportAction.IA_REPORT), "Flygblad i korridoren");
    }

    @Test
    void theMonthIsJudgedByTheCitysClock() {
        IncidentReport january = reports.submit("rinkeby-kista", form(YearMonth.of(2031, 1), PlaceType.SCHOOL), REPORTER);

        assertEquals(YearMonth.of(2031, 1), january.month());
        assertNull(january.submittedBy(), "the reporter gets no identity back");
        InvalidInputException february = assertThrows(InvalidInputException.class,
                () -> reports.submit("rinkeby-kista", form(YearMonth.of(2031, 2), PlaceType.SCHOOL), REPORTER));
        assertEquals("month", february.field());
    }

    @Test
    void acceptedReportsAreTakenOverIntoThePlanOnceAddingToItsCounts() {
        ActionPlan draft = plans.create("rinkeby-kista", 2030, new PlanDocument("Samordnare", null,
                new SituationPicture(List.of(), List.of(new IncidentCount(Environment.WHITE_POWER,
                        IncidentType.PROPAGANDA, InformationSource.SCHOOLS, Tertial.T3, PlaceType.SCHOOL, 4, null,
                        null))), List.of()), EDITOR);
        for (PlaceType place : List.of(PlaceType.SCHOOL, PlaceType.SCHOOL, PlaceType.LIBRARY)) {
            long id = reports.submit("rinkeby-kista", form(YearMonth.of(2030, 11), place), REPORTER).id();
            reports.review("rinkeby-kista", id, new ReportReview(ReviewDecision.ACCEPT, null, null), EDITOR);
        }
        long rejected = reports.submit("rinkeby-kista", form(YearMonth.of(2030, 11), PlaceType.SCHOOL), REPORTER).id();
        reports.review("rinkeby-kista", rejected, new ReportReview(ReviewDecision.REJECT, "Inte VBE", null), EDITOR);

        ActionPlan taken = reports.takeOver("rinkeby-kista", 2030, draft.version(), EDITOR);

        List<IncidentCount> counts = taken.situationPicture().incidents();
        assertEquals(List.of(6, 1), counts.stream().map(IncidentCount::count).toList(),
                "the school count raised by two, the library a new count; the rejected report in neither");
        assertEquals(0, reports.figures("rinkeby-kista", 2030, EDITOR).notTakenOver());
        assertEquals(3, reports.figures("rinkeby-kista", 2030, EDITOR).accepted());
        assertThrows(ConflictException.class, () -> reports.takeOver("rinkeby-kista", 2030, taken.version(), EDITOR));
    }

    @Test
    void aReportIsReviewedByItsOwnCommitteesEditorsOnly() {
        long id = reports.submit("alvsjo", form(YearMonth.of(2030, 5), PlaceType.SCHOOL), REPORTER).id();
        ReportReview accept = new ReportReview(ReviewDecision.ACCEPT, null, null);

        assertThrows(NotFoundException.class, () -> reports.review("rinkeby-kista", id, accept, EDITOR),
                "another committee's report is not found by its path");
        assertThrows(AccessDeniedException.class, () -> reports.review("alvsjo", id, accept, EDITOR));
        assertThrows(AccessDeniedException.class, () -> reports.review("alvsjo", id, accept, COORDINATOR));
        assertThrows(InvalidInputException.class, () -> reports.review("rinkeby-kista", id,
                new ReportReview(ReviewDecision.DUPLICATE, null, id), EDITOR));
        assertEquals(1, reports.reports("alvsjo", 10, null, COORDINATOR).items().size());
    }
}
