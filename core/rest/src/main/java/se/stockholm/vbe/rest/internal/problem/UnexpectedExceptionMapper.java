package se.stockholm.vbe.rest.internal.problem;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bug on our side: logged in full under an incident id, answered without internals.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected error, incident {}", incident, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "internal error; the platform log has the details under incident " + incident);
    }
}
