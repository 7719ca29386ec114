package ${package};

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * A local premises rule: premises booked by a private person on an organisation's behalf go to a case officer.
 * Its id is the committee's id, a dot and a name of its own.
 */
@Component(service = GrantRule.class)
public final class PrivateBookingRule extends BaseGrantRule {

    public static final String COMMITTEE_ID = "${id}";

    public PrivateBookingRule() {
        super(COMMITTEE_ID + ".private-booking", "Bokning genom privatperson", COMMITTEE_ID,
                EnumSet.of(CheckType.PREMISES_RENTAL));
    }

    @Override
    public RuleResult evaluate(Application application) {
        return application.bookedBy() == BookedBy.PRIVATE_PERSON
                ? RuleResult.review("Lokalen är bokad av en privatperson för organisationens räkning. Kontrollera "
                        + "vem som ska använda lokalen innan bokningen bekräftas.")
                : RuleResult.pass("Lokalen är bokad av organisationen själv.");
    }
}
