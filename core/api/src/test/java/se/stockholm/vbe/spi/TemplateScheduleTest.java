package se.stockholm.vbe.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.Schedule;

class TemplateScheduleTest {

    @Test
    void theWholeYearIsJanuaryToDecemberOfThePlanYear() {
        assertEquals(Schedule.between(YearMonth.of(2027, 1), YearMonth.of(2027, 12)),
                TemplateSchedule.wholeYear().in(2027));
    }

    @Test
    void monthsLieInThePlanYearAndAnEarlierEndMonthInTheNext() {
        assertEquals(Schedule.between(YearMonth.of(2027, 1), YearMonth.of(2027, 6)),
                TemplateSchedule.months(1, 6).in(2027));
        assertEquals(Schedule.between(YearMonth.of(2027, 6), YearMonth.of(2028, 5)),
                TemplateSchedule.months(6, 5).in(2027));
    }

    @Test
    void aTertialIsItsFourMonths() {
        assertEquals(Schedule.between(YearMonth.of(2027, 5), YearMonth.of(2027, 8)), TemplateSchedule.tertial(2).in(2027));
        assertEquals(Schedule.between(YearMonth.of(2027, 9), YearMonth.of(2027, 12)), TemplateSchedule.tertial(3).in(2027));
    }

    @Test
    void ongoingStaysOngoingInEveryYear() {
        assertTrue(TemplateSchedule.ongoing().in(2030).ongoing());
    }

    @Test
    void valuesThatDoNotBelongToTheKindAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TemplateSchedule.months(0, 6));
        assertThrows(IllegalArgumentException.class, () -> TemplateSchedule.months(1, 13));
        assertThrows(IllegalArgumentException.class, () -> TemplateSchedule.tertial(4));
        assertThrows(IllegalArgumentException.class,
                () -> new TemplateSchedule(TemplateSchedule.Kind.ONGOING, 1, 2, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TemplateSchedule(TemplateSchedule.Kind.WHOLE_YEAR, null, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new TemplateSchedule(null, null, null, null));
    }

    @Test
    void aTemplateMakesANewActivityThatRemembersItInThePlanYear() {
        ActivityTemplate walk = new ActivityTemplate("trygghetsvandring", "Trygghetsvandring", "Med polisen",
                Area.PREVENTIVE, List.of("Preventionssamordnare"), List.of("Polisen"), TemplateSchedule.tertial(1),
                List.of(FollowUpPeriod.T1, FollowUpPeriod.ANNUAL_REPORT));

        Activity activity = walk.activityIn(2027);

        assertEquals(null, activity.id());
        assertEquals("trygghetsvandring", activity.templateId());
        assertEquals(List.of("Preventionssamordnare"), activity.responsible());
        assertEquals(List.of("Polisen"), activity.partners());
        assertEquals(Schedule.between(YearMonth.of(2027, 1), YearMonth.of(2027, 4)), activity.schedule());
        assertEquals(List.of(FollowUpPeriod.T1, FollowUpPeriod.ANNUAL_REPORT), activity.followUpIn());
    }
}
