package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the Pax Exam tests read from the API's answers: the JSON of a success, the shape of a refusal. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    /** A successful answer's JSON; fails the test, showing the body, on any other. */
    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.body(), response.statusCode() < 300);
        return JSON.readTree(response.body());
    }

    /** Asserts a refusal: its status, a problem+json body, and a detail that says {@code detail}. */
    static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.body(), response.body().contains(detail));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
