package se.stockholm.vbe.committees.alvsjo;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Älvsjö stadsdelsnämnd: its activity catalogue and its approved action plan for 2018.
 */
@Component(service = Committee.class)
public final class AlvsjoCommittee implements Committee {

    @Override
    public String id() {
        return "alvsjo";
    }

    @Override
    public String name() {
        return "Älvsjö stadsdelsnämnd";
    }

    @Override
    public CommitteeKind kind() {
        return CommitteeKind.DISTRICT;
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        return AlvsjoCatalogue.TEMPLATES;
    }

    @Override
    public List<ShippedPlan> shippedPlans() {
        return List.of(new ShippedPlan(2018, PlanStatus.APPROVED, getClass().getResource("/vbe/plans/2018.json")));
    }
}
