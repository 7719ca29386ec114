package se.stockholm.vbe.rest.internal.sheet;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.AcceptedReportTotals;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.CitySummary;
import se.stockholm.vbe.api.plan.CommitteePlan;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.FollowUpTally;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.SituationPicture;

/** A small consolidated view with the awkward cells a spreadsheet must survive. */
final class SheetFixtures {

    static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\";\"Klicka\")";
    static final String AWKWARD_COMMENT = "Klart; se \"rapport\" för\ndetaljer";
    /** The annual report recorded last, though an older one comes after it in the list. */
    static final String LATEST_COMMENT = "Senast rapporterad";

    private SheetFixtures() {
    }

    static ConsolidatedPlans view() {
        Activity walks = new Activity(1L, "Trygghetsvandringar i Rinkeby", null, Area.COLLABORATION,
                List.of("Enheten för trygghet", "Fältassistenter"), List.of("Polisen", "Svenska Bostäder"),
                Schedule.between(YearMonth.of(2020, 3), YearMonth.of(2020, 10)), null,
                List.of(FollowUpPeriod.T1, FollowUpPeriod.T2, FollowUpPeriod.ANNUAL_REPORT), null, null,
                List.of(new FollowUp(FollowUpPeriod.T1, FollowUpStatus.DONE, AWKWARD_COMMENT, "editor",
                        Instant.parse("2020-05-01T10:00:00Z")),
                        new FollowUp(FollowUpPeriod.ANNUAL_REPORT, FollowUpStatus.IN_PROGRESS, LATEST_COMMENT,
                                "editor", Instant.parse("2021-02-01T10:00:00Z")),
                        new FollowUp(FollowUpPeriod.ANNUAL_REPORT, FollowUpStatus.NOT_STARTED, "Äldre rapport",
                                "editor", Instant.parse("2021-01-10T10:00:00Z"))));
        Activity injected = new Activity(2L, FORMULA_TITLE, null, Area.COMPETENCE, List.of("-Förvaltningen"),
                List.of(), Schedule.continuous(), null, List.of(FollowUpPeriod.ANNUAL_REPORT), null, null, List.of());
        ActionPlan plan = new ActionPlan("rinkeby-kista", 2020, PlanStatus.APPROVED, 3, "Samordnare",
                null, SituationPicture.EMPTY, List.of(walks, injected), Instant.parse("2020-04-01T10:00:00Z"), "x");
        CommitteePlan committee = new CommitteePlan("rinkeby-kista", "Rinkeby-Kista stadsdelsnämnd",
                CommitteeKind.DISTRICT, plan, List.of());
        IncidentFigures incidents = new IncidentFigures(Figure.exact(6),
                Map.of(Environment.WHITE_POWER, Figure.withheld(), Environment.ISLAMIST, Figure.small(3)), null);
        CitySummary summary = new CitySummary(2020, 1, 2, Map.of(Area.COLLABORATION, 1, Area.COMPETENCE, 1),
                List.of(new FollowUpTally(FollowUpPeriod.T1, Map.of(FollowUpStatus.DONE, 1))), List.of("alvsjo"),
                incidents, new AcceptedReportTotals(2020, new IncidentFigures(Figure.exact(7),
                        Map.of(Environment.WHITE_POWER, Figure.exact(7)), null), null));
        return new ConsolidatedPlans(2020, List.of(committee), summary);
    }
}
