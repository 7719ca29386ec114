package se.stockholm.vbe.jetty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class ProblemErrorHandlerTest {

    @Test
    void aBadMessageIsAProblemWithTheSecurityHeaders() {
        HttpFields fields = new HttpFields();

        ByteBuffer body = new ProblemErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);

        assertEquals("{\"type\":\"about:blank\",\"title\":\"Request Header Fields Too Large\",\"status\":431,"
                + "\"detail\":\"Request Header Fields Too Large\"}", StandardCharsets.UTF_8.decode(body).toString());
        assertEquals("application/problem+json", fields.get("Content-Type"));
        assertEquals("nosniff", fields.get("X-Content-Type-Options"));
        assertEquals("private, no-store", fields.get("Cache-Control"));
    }

    @Test
    void jettysReasonIsEscapedIntoTheDetail() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"Illegal \\\"char\\\" \\u0000 in \\\\path\"}",
                new String(ProblemErrorHandler.problem(400, "Illegal \"char\" \u0000 in \\path"),
                        StandardCharsets.UTF_8));
    }

    @Test
    void noReasonFallsBackToTheStatusText() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414,\"detail\":\"URI Too Long\"}",
                new String(ProblemErrorHandler.problem(414, null), StandardCharsets.UTF_8));
    }
}
