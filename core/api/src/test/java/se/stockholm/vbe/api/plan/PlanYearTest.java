package se.stockholm.vbe.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.InvalidInputException;

class PlanYearTest {

    @Test
    void aYearFromMinToMaxIsAPlanYear() {
        assertEquals(PlanService.MIN_YEAR, PlanService.requireYear(PlanService.MIN_YEAR));
        assertEquals(PlanService.MAX_YEAR, PlanService.requireYear(PlanService.MAX_YEAR));
    }

    @Test
    void aYearOutsideIsRefusedAsTheFieldYearNamingTheRangeAndTheValue() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PlanService.requireYear(PlanService.MAX_YEAR + 1));

        assertEquals("year", refused.field());
        assertTrue(refused.getMessage().contains("between 2000 and 2100 (was 2101)"), refused.getMessage());
        assertThrows(InvalidInputException.class, () -> PlanService.requireYear(PlanService.MIN_YEAR - 1));
    }
}
