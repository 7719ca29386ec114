package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Hässelby-Vällingby stadsdelsnämnd: its activity catalogue and its approved action plan for 2018.
 */
@Component(service = Committee.class)
public final class HasselbyVallingbyCommittee implements Committee {

    static final String ID = "hasselby-vallingby";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Hässelby-Vällingby stadsdelsnämnd";
    }

    @Override
    public CommitteeKind kind() {
        return CommitteeKind.DISTRICT;
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        return HasselbyVallingbyCatalogue.TEMPLATES;
    }

    @Override
    public List<ShippedPlan> shippedPlans() {
        return List.of(new ShippedPlan(2018, PlanStatus.APPROVED, getClass().getResource("/vbe/plans/2018.json")));
    }
}
