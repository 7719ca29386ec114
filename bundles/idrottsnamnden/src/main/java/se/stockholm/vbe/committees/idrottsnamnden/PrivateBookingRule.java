package se.stockholm.vbe.committees.idrottsnamnden;

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * A sports facility booked by a private person on behalf of an organisation goes to a case officer: the
 * Rinkeby-Kista plan tells of premises booked that way for an organisation that would not have got them.
 */
@Component(service = GrantRule.class)
public final class PrivateBookingRule extends BaseGrantRule {

    public PrivateBookingRule() {
        super("idrottsnamnden.private-booking", "Bokning genom privatperson",
                Idrottsnamnden.ID, EnumSet.of(CheckType.PREMISES_RENTAL));
    }

    @Override
    public RuleResult evaluate(Application application) {
        return application.bookedBy() == BookedBy.PRIVATE_PERSON
                ? RuleResult.review("Bokningen är gjord av en privatperson för organisationens räkning. Kontrollera "
                        + "vem som faktiskt ska använda lokalen innan bokningen bekräftas.")
                : RuleResult.pass("Bokningen är gjord av organisationen själv.");
    }
}
