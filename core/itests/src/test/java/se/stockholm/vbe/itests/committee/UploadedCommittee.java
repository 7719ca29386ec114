package se.stockholm.vbe.itests.committee;

import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;

/**
 * A test committee that imports the platform's API alone, as an uploaded bundle must: what it is comes from its
 * component properties ({@code committeeId}, {@code name}, {@code templates}), not from the OSGi framework.
 */
public class UploadedCommittee implements Committee {

    private String id;
    private String name;
    private String templates;

    /** Called by DS (the component XML names it). */
    public void activate(Map<String, Object> properties) {
        id = (String) properties.get("committeeId");
        name = (String) properties.get("name");
        templates = (String) properties.get("templates");
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
        return TestCatalogue.of(templates);
    }
}
