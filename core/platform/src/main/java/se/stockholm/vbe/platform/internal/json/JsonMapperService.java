package se.stockholm.vbe.platform.internal.json;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.json.VbeJson;

/**
 * Offers the one JSON configuration ({@link VbeJson}) to the REST bundle as a service, so that the API writes
 * plans exactly as the platform stores and imports them.
 */
@Component(service = ObjectMapper.class, property = "vbe.json=plans")
public final class JsonMapperService extends ObjectMapper {

    private static final long serialVersionUID = 1L;

    public JsonMapperService() {
        super(VbeJson.mapper());
    }
}
