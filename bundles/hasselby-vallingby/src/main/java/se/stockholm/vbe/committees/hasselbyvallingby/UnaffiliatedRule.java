package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Hässelby-Vällingby grants money only to associations that are religiously and politically unaffiliated
 * ("Föreningsbidrag beviljas endast religiöst- och politiskt obundna föreningar"). Premises are not concerned:
 * for them the plan asks only for the democracy requirement ("För hyra av förvaltningens lokaler gäller samma
 * krav på att föreningen ska arbeta utifrån den demokratiska rättsstatens principer och mänskliga rättigheter"),
 * which the city-wide declarations rule checks.
 */
@Component(service = GrantRule.class)
public final class UnaffiliatedRule extends BaseGrantRule {

    public UnaffiliatedRule() {
        super("hasselby-vallingby.unaffiliated", "Religiöst och politiskt obunden förening",
                HasselbyVallingby.ID, EnumSet.of(CheckType.ASSOCIATION_GRANT));
    }

    @Override
    public RuleResult evaluate(Application application) {
        boolean religious = application.organisation().religiousAffiliation();
        boolean political = application.organisation().politicalAffiliation();
        if (religious || political) {
            return RuleResult.fail("Nämnden beviljar föreningsbidrag endast till religiöst och politiskt obundna föreningar; "
                    + "sökanden är " + (religious ? "religiöst" : "") + (religious && political ? " och " : "")
                    + (political ? "politiskt" : "") + " anknuten.");
        }
        return RuleResult.pass("Föreningen är religiöst och politiskt obunden.");
    }
}
