package se.stockholm.vbe.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.calendar.YearDeadlines;

class DeadlineRulesTest {

    private static YearDeadlines year(String t1, String t2, String annualReport, String adoption, String approval) {
        return new YearDeadlines(2027, date(t1), date(t2), date(annualReport), date(adoption), date(approval), null,
                null);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static InvalidInputException refused(YearDeadlines deadlines) {
        return assertThrows(InvalidInputException.class, () -> DeadlineRules.check(deadlines));
    }

    @Test
    void theBuiltInDefaultsAreAUsableCycleWithTheAnnualReportInTheNextYear() {
        YearDeadlines defaults = DefaultDeadlines.BUILT_IN.in(2027);

        DeadlineRules.check(defaults);
        assertEquals(LocalDate.of(2028, 2, 15), defaults.annualReport());
        assertEquals(LocalDate.of(2027, 6, 30), defaults.cityApproval());
    }

    @Test
    void t2BeforeT1IsRefusedNamingT2() {
        assertEquals("t2", refused(year("2027-05-15", "2027-05-01", "2028-02-15", "2027-05-31", "2027-06-30"))
                .field());
    }

    @Test
    void aDeadlineOutsideItsYearIsRefusedNamingIt() {
        assertEquals("t1", refused(year("2026-05-15", "2027-09-15", "2028-02-15", "2027-05-31", "2027-06-30"))
                .field());
        assertEquals("annualReport", refused(year("2027-05-15", "2027-09-15", "2029-02-15", "2027-05-31",
                "2027-06-30")).field());
    }

    @Test
    void anApprovalBeforeTheAdoptionIsRefused() {
        assertEquals("cityApproval", refused(year("2027-05-15", "2027-09-15", "2028-02-15", "2027-05-31",
                "2027-05-01")).field());
    }

    @Test
    void aMissingDateIsRefusedNamingIt() {
        assertEquals("committeeAdoption", refused(year("2027-05-15", "2027-09-15", "2028-02-15", null,
                "2027-06-30")).field());
    }
}
