package se.stockholm.vbe.rest.internal.problem;

import javax.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the one shape of every error the API answers with.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title the status's short text
 * @param status the HTTP status
 * @param detail what went wrong with this request, for a person to read
 * @param field for a 422, the offending field as a path such as {@code activities[2].schedule.end}, so that
 *        a form can show the error beside it; absent otherwise
 */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A response carrying a problem for {@code status}. */
    public static Response response(Response.StatusType status, String detail) {
        return builder(status, detail).build();
    }

    /** A response builder carrying a problem, for adding headers. */
    public static Response.ResponseBuilder builder(Response.StatusType status, String detail) {
        return builder(status, detail, null);
    }

    /** A 422 naming the field it is about. */
    public static Response invalid(String field, String reason) {
        return builder(Status422.UNPROCESSABLE_CONTENT, field + ": " + reason, field).build();
    }

    static Response.ResponseBuilder builder(Response.StatusType status, String detail, String field) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(problem);
    }
}
