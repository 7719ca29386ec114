package se.stockholm.vbe.committees.rinkebykista;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Rinkeby-Kista stadsdelsnämnd: its activity catalogue and its approved action plan for 2019.
 */
@Component(service = Committee.class)
public final class RinkebyKistaCommittee implements Committee {

    @Override
    public String id() {
        return "rinkeby-kista";
    }

    @Override
    public String name() {
        return "Rinkeby-Kista stadsdelsnämnd";
    }

    @Override
    public CommitteeKind kind() {
        return CommitteeKind.DISTRICT;
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        return RinkebyKistaCatalogue.TEMPLATES;
    }

    @Override
    public List<ShippedPlan> shippedPlans() {
        return List.of(new ShippedPlan(2019, PlanStatus.APPROVED, getClass().getResource("/vbe/plans/2019.json")));
    }
}
