package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Hässelby-Vällingby's grants go to activities aimed at the district's residents that complement the
 * committee's own work ("Föreningen ska bedriva verksamhet riktad till stadsdelsområdets invånare.
 * Föreningsbidrag kan endast beviljas föreningar som bedriver verksamhet som kompletterar eller stödjer nämndens
 * verksamhet."); whether they complement it is for a case officer to judge when the application does not say.
 * The plan does not ask this of premises bookings.
 */
@Component(service = GrantRule.class)
public final class ResidentsRule extends BaseGrantRule {

    public ResidentsRule() {
        super("hasselby-vallingby.residents", "Riktad till stadsdelens invånare och kompletterar nämndens verksamhet",
                HasselbyVallingby.ID, EnumSet.of(CheckType.ASSOCIATION_GRANT));
    }

    @Override
    public RuleResult evaluate(Application application) {
        if (!application.targetsResidents()) {
            return RuleResult.fail("Verksamheten riktar sig inte till stadsdelsområdets invånare.");
        }
        Boolean complements = application.complementsCommitteeWork();
        if (complements == null) {
            return RuleResult.review("Bedöm om verksamheten kompletterar nämndens egen verksamhet.");
        }
        return complements
                ? RuleResult.pass("Verksamheten riktar sig till invånarna och kompletterar nämndens verksamhet.")
                : RuleResult.fail("Verksamheten kompletterar inte nämndens egen verksamhet.");
    }
}
