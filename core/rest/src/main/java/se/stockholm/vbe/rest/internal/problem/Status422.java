package se.stockholm.vbe.rest.internal.problem;

import javax.ws.rs.core.Response;

/**
 * 422 Unprocessable Content, which JAX-RS 2.1 has no constant for.
 */
public enum Status422 implements Response.StatusType {
    UNPROCESSABLE_CONTENT;

    @Override
    public int getStatusCode() {
        return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
        return "Unprocessable Content";
    }
}
