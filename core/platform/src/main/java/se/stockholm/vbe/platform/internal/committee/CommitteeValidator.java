package se.stockholm.vbe.platform.internal.committee;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.plan.ShippedPlanImporter;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * The committee contract, checked once the same way for a committee that goes online ({@link CommitteeTracker})
 * and for the dry run of an upload: its id, name and kind, its catalogue within {@link CatalogueLimits}, no
 * template id twice, at most a few local contacts and no personal identity number in its name, a template or a
 * contact; for an upload also each shipped plan, as its
 * import would check it. Every refusal names its field.
 */
public final class CommitteeValidator {

    /** What a committee said, read once and checked. */
    public record Valid(String id, String name, CommitteeKind kind, List<ActivityTemplate> catalogue,
            List<CommitteeContact> contacts, List<GrantWindow> grantWindows) {
    }

    private final CatalogueLimits limits;

    public CommitteeValidator(CatalogueLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws IllegalArgumentException naming the field that breaks the contract ({@link InvalidInputException}
     *         for a personal identity number)
     */
    public Valid check(Committee committee) {
        String id = Validation.requireSlug(committee.id(), "id");
        String name = Validation.requireLine(committee.name(), "name", 200);
        CommitteeKind kind = Validation.require(committee.kind(), "kind");
        List<ActivityTemplate> catalogue = List.copyOf(Validation.list(committee.catalogue(), "catalogue"));
        limits.check(catalogue);
        PersonalDataGuard.checkCommittee(name, catalogue);
        Set<String> templateIds = new HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            ActivityTemplate template = catalogue.get(i);
            if (!templateIds.add(template.id())) {
                throw new IllegalArgumentException("catalogue[" + i + "].id: the catalogue has the template id "
                        + template.id() + " twice");
            }
        }
        return new Valid(id, name, kind, catalogue, contacts(committee), grantWindows(committee));
    }

    /** The committee's local contacts, checked as its catalogue is: a few, each free of personal identity numbers. */
    private static List<CommitteeContact> contacts(Committee committee) {
        List<CommitteeContact> contacts = List.copyOf(Validation.list(committee.contacts(), "contacts"));
        if (contacts.size() > CommitteeContact.MAX_PER_COMMITTEE) {
            throw new IllegalArgumentException("contacts: at most " + CommitteeContact.MAX_PER_COMMITTEE
                    + " local contacts (has " + contacts.size() + ")");
        }
        for (int i = 0; i < contacts.size(); i++) {
            PersonalDataGuard.check(contacts.get(i), "contacts[" + i + "]");
        }
        return contacts;
    }

    /** The committee's grant application windows: a few, each free of personal identity numbers. */
    private static List<GrantWindow> grantWindows(Committee committee) {
        List<GrantWindow> windows = List.copyOf(Validation.list(committee.grantWindows(), "grantWindows"));
        GrantWindow.checkYear(windows.stream().map(GrantWindow::title).toList(), "grantWindows");
        return windows;
    }

    /**
     * As {@link #check}, and each shipped plan as importing it would check it.
     *
     * @throws IllegalArgumentException naming the field, e.g. {@code shippedPlans[0]: ...}
     */
    public Valid checkWithShippedPlans(Committee committee) {
        Valid valid = check(committee);
        List<ShippedPlan> plans = Validation.list(committee.shippedPlans(), "shippedPlans");
        for (int i = 0; i < plans.size(); i++) {
            try {
                ShippedPlanImporter.check(plans.get(i));
            } catch (IllegalArgumentException | InvalidInputException e) {
                throw new IllegalArgumentException("shippedPlans[" + i + "]: " + e.getMessage(), e);
            }
        }
        return valid;
    }
}
