package se.stockholm.vbe.rest.internal.problem;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * JAX-RS's own errors (404 for an unknown path, 405, 406, 415, …) as problem+json, keeping their headers.
 */
@Priority(Priorities.USER - 100)
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = exception.getMessage() != null ? exception.getMessage() : status.getReasonPhrase();
        Response.ResponseBuilder problem = Problem.builder(status, detail);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }
}
