package se.stockholm.vbe.platform.internal.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.coverage.CellStatus;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;

class CoverageEvaluatorsTest {

    private static final Checklist DEFAULTS = GuidelineChecklist.defaults();
    private static final CommitteeInfo DISTRICT = new CommitteeInfo("alvsjo", "Älvsjö stadsdelsnämnd",
            CommitteeKind.DISTRICT, true, "b", "1.0.0", Instant.EPOCH, List.of());

    @Test
    void aCollaborationActivityCountsForThePoliceOnlyWhenItNamesThem() {
        ChecklistItem police = item("police-collaboration");
        Verdict named = new ActivityEvaluator().evaluate(police, facts(plan(activity(Area.COLLABORATION,
                List.of("Lokalpolisen"))), List.of()));
        Verdict unnamed = new ActivityEvaluator().evaluate(police, facts(plan(activity(Area.COLLABORATION,
                List.of("Skolan"))), List.of()));
        Verdict otherArea = new ActivityEvaluator().evaluate(police, facts(plan(activity(Area.PREVENTIVE,
                List.of("Polisen"))), List.of()));

        assertEquals(CellStatus.MET, named.status());
        assertEquals("NO_MATCHING_ACTIVITY", unnamed.code());
        assertEquals("NO_MATCHING_ACTIVITY", otherArea.code(), "written under another area it does not count");
    }

    @Test
    void anApprovalCountsWhenItsMeetingWasByTheDeadlineOfThePlanYear() {
        ChecklistItem approved = item("plan-approved");
        assertEquals("APPROVED_IN_TIME", approval(approved, LocalDate.of(2030, 6, 30)).code());
        assertEquals("APPROVED_LATE", approval(approved, LocalDate.of(2030, 7, 1)).code());
        assertEquals("APPROVAL_DATE_UNKNOWN", approval(approved, null).code());
        assertEquals("NOT_APPROVED", new ApprovalEvaluator().evaluate(approved, facts(plan(),
                List.of(new PlanVersion(1, PlanStatus.ADOPTED, Instant.EPOCH, "x", null)))).code());
    }

    @Test
    void theSituationPictureIsJudgedOnWhatTheCallerMayReadAndItsWordsDoNotDependOnConfidentialParts() {
        ChecklistItem picture = item("situation-picture");
        ActionPlan publicOnly = plan().withSituationPicture(new SituationPicture(List.of(), List.of(),
                new IncidentFigures(Figure.exact(0), Map.of(), null)));
        ActionPlan withSection = plan().withSituationPicture(new SituationPicture(List.of(new Section("Analys",
                "Text", se.stockholm.vbe.api.plan.Classification.PUBLIC, null)), List.of()));
        ActionPlan smallPublicCount = plan().withSituationPicture(new SituationPicture(List.of(), List.of(),
                new IncidentFigures(Figure.small(3), Map.of(), null)));

        Verdict none = new SituationPictureEvaluator().evaluate(picture, facts(publicOnly, List.of(), false));
        assertEquals("NO_PUBLIC_SITUATION_PICTURE", none.code());
        assertEquals(CellStatus.MET, new SituationPictureEvaluator().evaluate(picture,
                facts(withSection, List.of(), false)).status());
        assertEquals(CellStatus.MET, new SituationPictureEvaluator().evaluate(picture,
                facts(smallPublicCount, List.of(), false)).status());
    }

    @Test
    void aCfgFileGivesItsListsAsOneCommaSeparatedString() {
        CoverageConfiguration configuration = new CoverageConfiguration() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CoverageConfiguration.class;
            }

            @Override
            public String[] items() {
                return new String[] {"coordinator, police-collaboration"};
            }

            @Override
            public String approvalDeadline() {
                return "05-31";
            }

            @Override
            public String[] policeTerms() {
                return new String[] {"polis, närpolis"};
            }

            @Override
            public String[] grantFeatures() {
                return new String[] {"association-grant-check"};
            }
        };
        Checklist checklist = GuidelineChecklist.of(configuration);
        assertEquals(List.of("coordinator", "police-collaboration"),
                checklist.items().stream().map(ChecklistItem::id).toList());
        assertEquals(List.of("polis", "närpolis"), checklist.items().get(1).terms());
        assertTrue(DEFAULTS.items().stream().anyMatch(i -> i.kind() == ItemKind.COMMITTEE_TICK));
        assertEquals(Set.of(CommitteeKind.DISTRICT), item("exit-support").appliesTo());
    }

    private static Verdict approval(ChecklistItem item, LocalDate meeting) {
        return new ApprovalEvaluator().evaluate(item, facts(plan(), List.of(new PlanVersion(2, PlanStatus.APPROVED,
                Instant.EPOCH, "samordnare", null, meeting, null, null))));
    }

    private static ChecklistItem item(String id) {
        return DEFAULTS.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static CommitteeFacts facts(ActionPlan plan, List<PlanVersion> decisions) {
        return facts(plan, decisions, true);
    }

    private static CommitteeFacts facts(ActionPlan plan, List<PlanVersion> decisions, boolean seesEverything) {
        return new CommitteeFacts(DISTRICT, 2030, Optional.of(plan), decisions, List.of(), Map.of(), seesEverything, 0);
    }

    private static ActionPlan plan(Activity... activities) {
        return new ActionPlan("alvsjo", 2030, PlanStatus.APPROVED, 1, "Samordnare", null, SituationPicture.EMPTY,
                List.of(activities), Instant.EPOCH, "x");
    }

    private static Activity activity(Area area, List<String> partners) {
        return new Activity(null, "Samverkansforum", null, area, List.of("Samordnare"), partners,
                new Schedule(null, null, true), null, List.of(FollowUpPeriod.ANNUAL_REPORT), null, null, List.of());
    }
}
