package se.stockholm.vbe.rest.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.PreconditionFailedException;
import se.stockholm.vbe.api.PreconditionRequiredException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.VbeException;

/**
 * The platform's refusals as problem+json, each with its status code; a 503 says when to try again.
 */
public final class VbeExceptionMapper implements ExceptionMapper<VbeException> {

    /**
     * Seconds a client should wait before retrying a 503: a lock timeout clears at once, and a database that
     * failed is probed every few seconds (etc/se.stockholm.vbe.database.cfg).
     */
    public static final String RETRY_AFTER_SECONDS = "2";

    private static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    @Override
    public Response toResponse(VbeException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return Problem.builder(Status422.UNPROCESSABLE_CONTENT, invalid.getMessage(), invalid.field()).build();
        }
        Response.ResponseBuilder response = Problem.builder(statusOf(exception), exception.getMessage());
        if (exception instanceof UnavailableException) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static Response.StatusType statusOf(VbeException exception) {
        if (exception instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        } else if (exception instanceof AccessDeniedException) {
            return Response.Status.FORBIDDEN;
        } else if (exception instanceof ConflictException) {
            return Response.Status.CONFLICT;
        } else if (exception instanceof PreconditionFailedException) {
            return Response.Status.PRECONDITION_FAILED;
        } else if (exception instanceof PreconditionRequiredException) {
            return PRECONDITION_REQUIRED;
        } else if (exception instanceof InvalidInputException) {
            return Status422.UNPROCESSABLE_CONTENT;
        } else if (exception instanceof UnavailableException) {
            return Response.Status.SERVICE_UNAVAILABLE;
        }
        return Response.Status.BAD_REQUEST;
    }
}
