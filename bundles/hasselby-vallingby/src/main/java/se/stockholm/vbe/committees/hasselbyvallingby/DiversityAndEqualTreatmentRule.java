package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Hässelby-Vällingby asks more of a grant applicant than the city does: "Föreningen ska stå bakom jämställdhet
 * mellan kvinnor och män, mångfald och likabehandling". The city-wide rule checks gender equality; this one
 * checks the declaration of diversity and equal treatment. Premises are not concerned (the plan asks only for
 * the democracy requirement there). An application that does not answer it goes to a case officer.
 */
@Component(service = GrantRule.class)
public final class DiversityAndEqualTreatmentRule extends BaseGrantRule {

    public DiversityAndEqualTreatmentRule() {
        super("hasselby-vallingby.diversity-and-equal-treatment", "Står bakom mångfald och likabehandling",
                HasselbyVallingby.ID, EnumSet.of(CheckType.ASSOCIATION_GRANT));
    }

    @Override
    public RuleResult evaluate(Application application) {
        Boolean declared = application.declarations().diversityAndEqualTreatment();
        if (declared == null) {
            return RuleResult.review("Ansökan säger inte om föreningen står bakom mångfald och likabehandling; "
                    + "fråga sökanden.");
        }
        return declared ? RuleResult.pass("Sökanden har intygat att den står bakom mångfald och likabehandling.")
                : RuleResult.fail("Sökanden har inte intygat mångfald och likabehandling. Nämnden beviljar "
                        + "föreningsbidrag endast till föreningar som står bakom det.");
    }
}
