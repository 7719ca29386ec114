package se.stockholm.vbe.rest.internal.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, whether or not they say their length.
 * A body that never arrives in full (the client aborted, sent it slower than {@link SlowBodyGuard} allows,
 * or stopped until Jetty's idle timeout) is the client's doing: one WARN line without a stack trace, and
 * 408 or 400. A resource that takes the servlet's own stream (a committee bundle upload) is not read through
 * here: the platform reads it up to its own limit.
 */
@Priority(Priorities.ENTITY_CODER)
public final class BodySizeLimit implements ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BodySizeLimit.class);

    private final SlowBodyGuard guard = new SlowBodyGuard(System::nanoTime);

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] body = readBody(context);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The raw body; a failure here is the connection's or the client's, never the platform's. */
    private byte[] readBody(ReaderInterceptorContext context) {
        try (InputStream in = context.getInputStream()) {
            return guard.read(in, MAX_BYTES + 1);
        } catch (IOException | RuntimeException notReceived) {
            LOG.warn("Request body not received in full from {}: {}", client(), notReceived.toString());
            throw new WebApplicationException(timedOut(notReceived)
                    ? Problem.response(Response.Status.REQUEST_TIMEOUT, "the request body arrived too slowly")
                    : Problem.response(Response.Status.BAD_REQUEST, "the request body was not received in full"));
        }
    }

    /** Too slow, or Jetty's idle timeout on a blocked read; a client that aborted gets no answer anyway. */
    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SlowBodyGuard.TooSlow || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private String client() {
        return servletRequest == null ? "an unknown client"
                : servletRequest.getRemoteAddr() + " (" + servletRequest.getMethod() + " "
                        + servletRequest.getRequestURI() + ")";
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "the request body is larger than 1 MiB"));
    }
}
