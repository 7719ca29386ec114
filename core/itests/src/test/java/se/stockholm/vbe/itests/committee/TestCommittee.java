package se.stockholm.vbe.itests.committee;

import java.util.Dictionary;
import java.util.List;

import org.osgi.framework.BundleContext;

import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * The committee of the committee bundles the tests build at run time. What it is comes from its bundle's
 * manifest, so one class makes good and faulty committees alike: {@code VBE-Committee} (id),
 * {@code VBE-Test-Name}, {@code VBE-Test-Templates} (comma-separated template ids) and
 * {@code VBE-Test-Fail} ({@code activate} or {@code catalogue}).
 */
public class TestCommittee extends CatalogueCommittee {

    private String fail;

    /** Called by DS (the component XML names it). */
    public void activate(BundleContext context) {
        Dictionary<String, String> headers = context.getBundle().getHeaders();
        fail = headers.get("VBE-Test-Fail");
        if ("activate".equals(fail)) {
            throw new IllegalStateException("this test committee fails on activation");
        }
        id = headers.get("VBE-Committee");
        name = headers.get("VBE-Test-Name");
        templates = headers.get("VBE-Test-Templates");
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        if ("catalogue".equals(fail)) {
            throw new IllegalStateException("this test committee fails from its catalogue");
        }
        return super.catalogue();
    }
}
