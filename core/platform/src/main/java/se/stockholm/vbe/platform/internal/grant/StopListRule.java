package se.stockholm.vbe.platform.internal.grant;

import java.util.EnumSet;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.spi.BaseGrantRule;

/**
 * City-wide: the organisation is not on the city's stop list.
 */
final class StopListRule extends BaseGrantRule {

    static final String ID = "stad.stopplista";

    private final StopList stopList;

    StopListRule(StopList stopList) {
        super(ID, "Stadens stopplista", null, EnumSet.allOf(CheckType.class));
        this.stopList = stopList;
    }

    @Override
    public RuleResult evaluate(Application application) {
        String number = application.organisation().organisationNumber();
        return stopList.find(number)
                .map(entry -> RuleResult.fail("Organisationen " + number + " står på stadens stopplista ("
                        + entry.decisionReference() + "): " + entry.reason()))
                .orElseGet(() -> RuleResult.pass("Organisationen står inte på stadens stopplista."));
    }
}
