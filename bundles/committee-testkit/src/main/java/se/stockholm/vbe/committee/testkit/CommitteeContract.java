package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * The checks a committee bundle's own unit test runs against its {@link Committee}, so a broken catalogue or
 * shipped plan fails that bundle's build instead of keeping the committee offline in the platform.
 */
public final class CommitteeContract {

    // The platform's own mapper, so a plan that passes here also parses at import and over the REST API.
    // FAIL_ON_NULL_FOR_PRIMITIVES is why a dated schedule must say "ongoing": false.
    private static final ObjectMapper MAPPER = VbeJson.mapper();

    private CommitteeContract() {
    }

    /**
     * Asserts that the committee has a valid id, a name and a kind, a catalogue with unique template ids, and
     * shipped plans that exist, parse into a {@link PlanDocument}, have activities, refer only to templates in
     * the catalogue; and that neither its name, its catalogue, its local contacts, its grant windows nor its plans
     * hold anything that looks like a personnummer.
     */
    public static void verify(Committee committee) {
        assertNotNull(committee, "committee");
        assertDoesNotThrow(() -> Validation.requireSlug(committee.id(), "id"), "id must be a slug");
        assertTrue(committee.name() != null && !committee.name().isBlank(), "name must not be blank");
        assertNotNull(committee.kind(), "kind");

        List<ActivityTemplate> catalogue = assertDoesNotThrow(committee::catalogue, "catalogue");
        assertNotNull(catalogue, "catalogue");
        assertFalse(catalogue.isEmpty(), "catalogue must not be empty");
        Set<String> templateIds = new HashSet<>();
        for (ActivityTemplate template : catalogue) {
            assertTrue(templateIds.add(template.id()), "template id " + template.id() + " is used twice");
        }
        assertNoPersonalIdentityNumbers("the committee", () -> PersonalDataGuard.checkCommittee(committee.name(),
                catalogue));

        List<CommitteeContact> contacts = assertDoesNotThrow(committee::contacts, "contacts");
        assertNotNull(contacts, "contacts");
        assertTrue(contacts.size() <= CommitteeContact.MAX_PER_COMMITTEE,
                "at most " + CommitteeContact.MAX_PER_COMMITTEE + " contacts");
        for (int i = 0; i < contacts.size(); i++) {
            CommitteeContact contact = contacts.get(i);
            int index = i;
            assertNoPersonalIdentityNumbers("contact " + contact.role(),
                    () -> PersonalDataGuard.check(contact, "contacts[" + index + "]"));
        }

        List<GrantWindow> windows = assertDoesNotThrow(committee::grantWindows, "grantWindows");
        assertNotNull(windows, "grantWindows");
        try {
            GrantWindow.checkYear(windows.stream().map(GrantWindow::title).toList(), "grantWindows");
        } catch (InvalidInputException refused) {
            fail("the grant windows break the platform's rule (at most " + GrantWindow.MAX_PER_YEAR
                    + ", no personnummer or samordningsnummer): " + refused.getMessage());
        }

        List<ShippedPlan> plans = assertDoesNotThrow(committee::shippedPlans, "shippedPlans");
        assertNotNull(plans, "shippedPlans");
        for (ShippedPlan plan : plans) {
            verify(plan, templateIds);
        }
    }

    private static void verify(ShippedPlan plan, Set<String> templateIds) {
        String where = "plan " + plan.year();
        PlanDocument document = read(plan, where);
        assertFalse(document.activities().isEmpty(), where + " has no activities");
        for (Activity activity : document.activities()) {
            if (activity.templateId() != null) {
                assertTrue(templateIds.contains(activity.templateId()), where + ": activity \""
                        + activity.title() + "\" names template " + activity.templateId() + ", not in the catalogue");
            }
        }
        assertNoPersonalIdentityNumbers(where, () -> PersonalDataGuard.check(document));
    }

    /**
     * Reads a shipped plan the way the platform does, for a committee's own assertions on its content; fails
     * the test if the document is missing or invalid.
     */
    public static PlanDocument readPlan(ShippedPlan plan) {
        assertNotNull(plan, "plan");
        return read(plan, "plan " + plan.year());
    }

    private static PlanDocument read(ShippedPlan plan, String where) {
        try (InputStream in = plan.document().openStream()) {
            return MAPPER.readValue(in, PlanDocument.class);
        } catch (IOException | RuntimeException e) {
            return fail(where + ": " + plan.document() + " is not a valid plan document: " + e.getMessage(), e);
        }
    }

    /** The platform's own check; its message names the field and never repeats the number, fit for a build log. */
    private static void assertNoPersonalIdentityNumbers(String where, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException refused) {
            fail(where + " holds a personnummer or samordningsnummer, which the platform refuses: "
                    + refused.getMessage());
        }
    }
}
