package se.stockholm.vbe.itests.committee;

import java.util.Map;

/**
 * A test committee that imports the platform's API alone, as an uploaded bundle must: what it is comes from its
 * component properties ({@code committeeId}, {@code name}, {@code templates}), not from the OSGi framework.
 */
public class UploadedCommittee extends CatalogueCommittee {

    /** Called by DS (the component XML names it). */
    public void activate(Map<String, Object> properties) {
        id = (String) properties.get("committeeId");
        name = (String) properties.get("name");
        templates = (String) properties.get("templates");
    }
}
