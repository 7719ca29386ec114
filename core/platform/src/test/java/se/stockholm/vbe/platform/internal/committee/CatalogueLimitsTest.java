package se.stockholm.vbe.platform.internal.committee;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

class CatalogueLimitsTest {

    private static final ActivityTemplate WALK = new ActivityTemplate("trygghetsvandring", "Trygghetsvandring", null,
            Area.PREVENTIVE, List.of("Preventionssamordnare"), List.of(), TemplateSchedule.ongoing(), List.of(FollowUpPeriod.T1));

    private final CatalogueLimits limits = new CatalogueLimits(3);

    @Test
    void aCatalogueUpToTheLimitIsAccepted() {
        assertDoesNotThrow(() -> limits.check(Collections.nCopies(3, WALK)));
    }

    @Test
    void aCatalogueOverTheLimitIsRefusedNamingTheLimit() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> limits.check(Collections.nCopies(4, WALK)));
        assertEquals("catalogue has 4 templates, more than the 3 allowed (maxTemplates in se.stockholm.vbe.catalogue)",
                refused.getMessage());
    }

    @Test
    void theDefaultAllowsFiveHundredTemplates() {
        CatalogueLimits defaults = new CatalogueLimits(CatalogueLimits.DEFAULT_MAX_TEMPLATES);
        assertDoesNotThrow(() -> defaults.check(Collections.nCopies(500, WALK)));
        assertThrows(IllegalArgumentException.class, () -> defaults.check(Collections.nCopies(501, WALK)));
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogueLimits(0));
    }
}
