package se.stockholm.vbe.rest.internal.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, whether or not they say their length.
 */
@Priority(Priorities.ENTITY_CODER)
public final class BodySizeLimit implements ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = context.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "the request body is larger than 1 MiB"));
    }
}
