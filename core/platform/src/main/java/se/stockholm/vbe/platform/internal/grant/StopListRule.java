package se.stockholm.vbe.platform.internal.grant;

import java.util.EnumSet;
import java.util.Set;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.spi.GrantRule;

/**
 * City-wide: the organisation is not on the city's stop list.
 */
final class StopListRule implements GrantRule {

    static final String ID = "stad.stopplista";

    private final StopList stopList;

    StopListRule(StopList stopList) {
        this.stopList = stopList;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Stadens stopplista";
    }

    @Override
    public String committeeId() {
        return null;
    }

    @Override
    public Set<CheckType> appliesTo() {
        return EnumSet.allOf(CheckType.class);
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
