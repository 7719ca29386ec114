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
 * The platform's refusals as problem+json, each with its status code.
 */
public final class VbeExceptionMapper implements ExceptionMapper<VbeException> {

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
        return Problem.response(statusOf(exception), exception.getMessage());
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
