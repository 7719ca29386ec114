package se.stockholm.vbe.jetty.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as RFC 9457 problem+json, with the {@link SecurityHeaders}: requests Jetty
 * refuses before any servlet sees them (a malformed URI, a URI or headers too long) and errors of requests
 * no context takes. Set on the Server in etc/jetty.xml. Jetty's own reason goes into {@code detail}.
 */
public class ProblemErrorHandler extends ErrorHandler {

    static final String MEDIA_TYPE = "application/problem+json";

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setCacheControl(SecurityHeaders.HEADERS.get("Cache-Control"));
    }

    /** Every method gets a body, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** A request that failed before it was dispatched (400, 414, 431): no customizer has run. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        SecurityHeaders.addTo(fields);
        fields.put(HttpHeader.CONTENT_TYPE, MEDIA_TYPE);
        return ByteBuffer.wrap(problem(status, reason));
    }

    /** An error of a dispatched request no servlet answered itself; the same body whatever it accepts. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        SecurityHeaders.addTo(baseRequest.getResponse().getHttpFields());
        response.setContentType(MEDIA_TYPE);
        byte[] body = problem(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static byte[] problem(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        String detail = reason == null || reason.isBlank() ? title : reason;
        return ("{\"type\":\"about:blank\",\"title\":" + Json.string(title) + ",\"status\":" + status
                + ",\"detail\":" + Json.string(detail) + "}").getBytes(StandardCharsets.UTF_8);
    }
}
