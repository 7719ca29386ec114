package se.stockholm.vbe.itests.committee;

import java.util.Arrays;
import java.util.List;

import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

/** The catalogue of a test committee: one ongoing template per id. Packed into every test bundle. */
final class TestCatalogue {

    private TestCatalogue() {
    }

    /** One template per id of the comma-separated {@code templateIds}. */
    static List<ActivityTemplate> of(String templateIds) {
        return Arrays.stream(templateIds.split(","))
                .map(id -> new ActivityTemplate(id, "Mall " + id, null, Area.PREVENTIVE, List.of("Samordnare"),
                        List.of(), TemplateSchedule.ongoing(), List.of(FollowUpPeriod.T1)))
                .toList();
    }
}
