package se.stockholm.vbe.bench;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;

import org.osgi.framework.BundleContext;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;

/**
 * The one class of every committee bundle the benchmarks generate (a copy of the itests' TestCommittee).
 * What it is comes from its bundle's manifest, so one compiled class serves any number of generated
 * committees: {@code VBE-Committee} (id), {@code VBE-Test-Name}, {@code VBE-Test-Templates}.
 */
public class BenchCommittee implements Committee {

    private String id;
    private String name;
    private String templates;

    /** Called by DS (the component XML names it). */
    public void activate(BundleContext context) {
        Dictionary<String, String> headers = context.getBundle().getHeaders();
        id = headers.get("VBE-Committee");
        name = headers.get("VBE-Test-Name");
        templates = headers.get("VBE-Test-Templates");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CommitteeKind kind() {
        return CommitteeKind.DISTRICT;
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        List<ActivityTemplate> catalogue = new ArrayList<>();
        for (String template : templates.split(",")) {
            catalogue.add(new ActivityTemplate(template, "Mall " + template, null, Area.PREVENTIVE, "Samordnare",
                    Schedule.continuous(), List.of(FollowUpPeriod.T1)));
        }
        return catalogue;
    }
}
