package se.stockholm.vbe.rest.internal.json;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Reads and writes JSON (and problem+json) with the API's {@link ObjectMappers mapper}.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public final class JsonProvider extends JacksonJsonProvider {

    public JsonProvider(ObjectMapper mapper) {
        super(mapper);
    }
}
