package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.RuleContract;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * The committee as the platform will see it: its descriptor, and its rule against the rule contract and in use.
 */
class CommitteeTest {

    private static final ObjectMapper JSON = VbeJson.mapper();

    private final PrivateBookingRule rule = new PrivateBookingRule();

    @Test
    void theDescriptorNamesThisCommitteeAndItsTemplatesAreValid() throws IOException {
        JsonNode descriptor = descriptor();

        assertEquals(System.getProperty("vbe.committee.id"), descriptor.get("id").asText(), "the POM's id");
        assertEquals(PrivateBookingRule.COMMITTEE_ID, descriptor.get("id").asText(), "the rule's committee");
        assertFalse(descriptor.get("name").asText().isBlank());
        assertFalse(descriptor.get("catalogue").isEmpty());
        for (JsonNode template : descriptor.get("catalogue")) {
            JSON.treeToValue(template, ActivityTemplate.class);
        }
    }

    @Test
    void theRuleKeepsTheRuleContract() {
        RuleContract.verify(rule, PrivateBookingRule.COMMITTEE_ID);
    }

    @Test
    void premisesBookedByAPrivatePersonGoToACaseOfficer() {
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.premisesBooking().bookedBy(BookedBy.PRIVATE_PERSON)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.premisesBooking().build()).outcome());
    }

    private static JsonNode descriptor() throws IOException {
        try (InputStream in = CommitteeTest.class.getResourceAsStream("/VBE-INF/committee.json")) {
            return JSON.readTree(in);
        }
    }
}
