package se.stockholm.vbe.itests.committee;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;

/**
 * What the test committees share, packed into every test bundle with classes: a district committee whose id,
 * name and templates (comma-separated ids, {@link TestCatalogue}) its subclass sets on activation.
 */
public abstract class CatalogueCommittee implements Committee {

    protected String id;
    protected String name;
    protected String templates;

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
        return TestCatalogue.of(templates);
    }
}
