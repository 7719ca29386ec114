package se.stockholm.vbe.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.Response;

/**
 * A 406 as problem+json with one more member, {@code supported}: the media types the resource can answer with, so
 * that a client can ask again for one of them.
 */
public record NotAcceptableProblem(String type, String title, int status, String detail, List<String> supported) {

    public NotAcceptableProblem {
        supported = List.copyOf(supported);
    }

    /** A 406 naming what was asked for and what is supported. */
    public static Response response(String asked, List<String> supported, List<String> formats) {
        Response.Status status = Response.Status.NOT_ACCEPTABLE;
        String detail = asked + " is not a form of this resource; supported: " + String.join(", ", supported)
                + " (Accept), or ?format=" + String.join("|", formats);
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new NotAcceptableProblem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                        detail, supported))
                .build();
    }
}
