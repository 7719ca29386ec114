package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Hässelby-Vällingby grants money and lets its premises only to associations that are religiously and
 * politically unaffiliated ("för hyra av förvaltningens lokaler gäller samma krav").
 */
@Component(service = GrantRule.class)
public final class UnaffiliatedRule implements GrantRule {

    @Override
    public String id() {
        return "hasselby-vallingby.unaffiliated";
    }

    @Override
    public String title() {
        return "Religiöst och politiskt obunden förening";
    }

    @Override
    public String committeeId() {
        return HasselbyVallingbyCommittee.ID;
    }

    @Override
    public Set<CheckType> appliesTo() {
        return EnumSet.allOf(CheckType.class);
    }

    @Override
    public RuleResult evaluate(Application application) {
        boolean religious = application.organisation().religiousAffiliation();
        boolean political = application.organisation().politicalAffiliation();
        if (religious || political) {
            return RuleResult.fail("Nämnden ger bidrag och hyr ut lokaler endast till religiöst och politiskt obundna "
                    + "föreningar; sökanden är " + (religious ? "religiöst" : "") + (religious && political ? " och " : "")
                    + (political ? "politiskt" : "") + " anknuten.");
        }
        return RuleResult.pass("Föreningen är religiöst och politiskt obunden.");
    }
}
