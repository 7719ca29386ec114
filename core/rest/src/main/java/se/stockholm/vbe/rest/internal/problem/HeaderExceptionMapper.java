package se.stockholm.vbe.rest.internal.problem;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's complaint about a request header it cannot parse (an ETag in If-None-Match, say): the client's
 * error, so 400.
 */
@Priority(Priorities.USER - 100)
public final class HeaderExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "unreadable request: " + exception.getMessage());
    }
}
