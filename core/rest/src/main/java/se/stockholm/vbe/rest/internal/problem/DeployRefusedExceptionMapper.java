package se.stockholm.vbe.rest.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import se.stockholm.vbe.api.deploy.DeployRefusedException;
import se.stockholm.vbe.api.deploy.DeployReport;

/**
 * A refused committee bundle upload as problem+json with two more members: {@code check}, the name of the check
 * it failed, and {@code report}, every check up to it. 413 too large, 415 not a JAR or KAR, 409 the id belongs to
 * another bundle, 422 any other check.
 */
public final class DeployRefusedExceptionMapper implements ExceptionMapper<DeployRefusedException> {

    /** The problem of a refused upload. */
    public record DeployProblem(String type, String title, int status, String detail, String check,
            DeployReport report) {
    }

    @Override
    public Response toResponse(DeployRefusedException refused) {
        Response.StatusType status = switch (refused.reason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case CONFLICT -> Response.Status.CONFLICT;
            case INVALID -> Status422.UNPROCESSABLE_CONTENT;
        };
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .entity(new DeployProblem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                        refused.getMessage(), refused.check(), refused.report()))
                .build();
    }
}
