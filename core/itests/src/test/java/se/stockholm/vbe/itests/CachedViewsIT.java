package se.stockholm.vbe.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The consolidated view served from its cache (issue 16): the platform answers a view already rendered for the
 * caller's audience before the JAX-RS machinery, for anonymous callers, HTTP Basic and web sessions alike, and sends
 * it gzip-compressed to a client that accepts that. Whichever way a caller comes, it only ever gets the body rendered
 * for its own audience.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CachedViewsIT extends VbeKarafTestSupport {

    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    private static final String GZIP = "gzip";

    /** How a caller comes: a name, and the headers that sign it in (none: anonymous). */
    private record Caller(String name, String... headers) {
    }

    @Test
    public void aCachedViewIsOnlyEverServedToTheAudienceItWasRenderedForHoweverTheCallerSignsIn() throws Exception {
        adoptedPlanWithSecrets(2071);
        Http.Session readerSession = http.signIn("lasare", "lasare");
        Http.Session outsiderSession = http.signIn("editor-alvsjo", "editor");
        List<Caller> callers = List.of(new Caller("anonymous"),
                new Caller("reader (Basic)", "Authorization", Http.basic("lasare", "lasare")),
                new Caller("reader (session)", "Cookie", readerSession.cookie()),
                new Caller("own editor (Basic)", "Authorization", Http.basic("editor-rinkeby-kista", "editor")),
                new Caller("other editor (session)", "Cookie", outsiderSession.cookie()),
                new Caller("other editor (Basic)", "Authorization", Http.basic("editor-alvsjo", "editor")),
                new Caller("a cookie that is no session", "Cookie", "theme=dark"));

        for (String path : List.of("/api/plans/2071", "/api/plans/2071/summary")) {
            Map<String, byte[]> firstBodies = new LinkedHashMap<>();
            Map<String, String> firstTags = new LinkedHashMap<>();
            for (Caller caller : callers) {
                HttpResponse<byte[]> first = read(path, caller);
                firstBodies.put(caller.name(), first.body());
                firstTags.put(caller.name(), first.headers().firstValue("ETag").orElseThrow());
            }
            boolean insidersSeeTheSecret = path.endsWith("2071");
            assertEquals(path, insidersSeeTheSecret, text(firstBodies.get("reader (Basic)"))
                    .contains(RecordsAndSecrecyIT.SECRET_TEXT));
            assertFalse(path, text(firstBodies.get("anonymous")).contains(RecordsAndSecrecyIT.SECRET_TEXT));
            assertFalse(path, text(firstBodies.get("other editor (Basic)")).contains(RecordsAndSecrecyIT.SECRET_TEXT));
            assertNotEquals(path, firstTags.get("anonymous"), firstTags.get("reader (Basic)"));

            // Now every view is cached: read them again in reverse and interleaved orders, identity and gzip.
            List<Caller> again = new ArrayList<>(callers);
            java.util.Collections.reverse(again);
            again.addAll(callers);
            for (Caller caller : again) {
                HttpResponse<byte[]> identity = read(path, caller);
                assertArrayEquals(path + " as " + caller.name(), firstBodies.get(caller.name()), identity.body());
                assertEquals(path + " as " + caller.name(), firstTags.get(caller.name()),
                        identity.headers().firstValue("ETag").orElseThrow());
                HttpResponse<byte[]> compressed = read(path, caller, "Accept-Encoding", GZIP);
                assertEquals(path + " as " + caller.name(), GZIP,
                        compressed.headers().firstValue("Content-Encoding").orElse("identity"));
                assertArrayEquals(path + " as " + caller.name(), firstBodies.get(caller.name()),
                        gunzip(compressed.body()));
            }
            // A tag one audience was given never confirms another's body, in either coding.
            for (Caller caller : callers) {
                for (Map.Entry<String, String> other : firstTags.entrySet()) {
                    if (other.getValue().equals(firstTags.get(caller.name()))) {
                        continue; // the same audience (reader by Basic and by session)
                    }
                    for (String tag : List.of(other.getValue(), gzipTag(other.getValue()))) {
                        HttpResponse<byte[]> withOthersTag = read(path, caller, "If-None-Match", tag,
                                "Accept-Encoding", GZIP);
                        assertEquals(path + " as " + caller.name() + " with the tag of " + other.getKey(), 200,
                                withOthersTag.statusCode());
                        assertArrayEquals(firstBodies.get(caller.name()), gunzip(withOthersTag.body()));
                    }
                }
                assertEquals(304, read(path, caller, "If-None-Match", firstTags.get(caller.name())).statusCode());
            }
        }
    }

    @Test
    public void aCachedViewIsNeverServedToWrongCredentialsAnEndedSessionOrABlockedSignIn() throws Exception {
        adoptedPlanWithSecrets(2072);
        String path = "/api/plans/2072";
        Http.Session session = http.signIn("lasare", "lasare");
        assertEquals(200, read(path, new Caller("reader", "Cookie", session.cookie())).statusCode());
        assertEquals(200, read(path, new Caller("reader", "Authorization", Http.basic("lasare", "lasare")))
                .statusCode());

        HttpResponse<byte[]> wrongPassword = read(path, new Caller("reader", "Authorization",
                Http.basic("lasare", "not-the-password")));
        assertEquals(401, wrongPassword.statusCode());
        assertFalse(text(wrongPassword.body()).contains(RecordsAndSecrecyIT.SECRET_TEXT));

        assertEquals(204, http.call("DELETE", "/api/session", null, null, null, "Cookie", session.cookie(),
                "X-CSRF-Token", session.csrfToken()).statusCode());
        HttpResponse<byte[]> ended = read(path, new Caller("reader", "Cookie", session.cookie()));
        assertEquals(401, ended.statusCode());
        assertFalse(text(ended.body()).contains(RecordsAndSecrecyIT.SECRET_TEXT));
        assertEquals(401, read(path, new Caller("reader", "Cookie", session.cookie(), "If-None-Match", "*"))
                .statusCode());
    }

    @Test
    public void aCompressedViewHasItsOwnTagVaryAndALengthAndGunzipsToTheIdentityBody() throws Exception {
        adoptedPlanWithSecrets(2073);
        for (String path : List.of("/api/plans/2073", "/api/plans/2073/summary", "/api/plans/2073?format=csv")) {
            for (int round = 0; round < 2; round++) { // the first read renders the view, the second is cached
                HttpResponse<byte[]> identity = read(path, new Caller("anonymous"));
                HttpResponse<byte[]> compressed = read(path, new Caller("anonymous"), "Accept-Encoding",
                        "br;q=1.0, gzip;q=0.8");
                String identityTag = identity.headers().firstValue("ETag").orElseThrow();
                String compressedTag = compressed.headers().firstValue("ETag").orElseThrow();

                assertEquals(path, 200, compressed.statusCode());
                assertEquals(path, GZIP, compressed.headers().firstValue("Content-Encoding").orElse(null));
                assertFalse(path, identity.headers().firstValue("Content-Encoding").isPresent());
                assertEquals(path, gzipTag(identityTag), compressedTag);
                assertArrayEquals(path, identity.body(), gunzip(compressed.body()));
                assertTrue(path, compressed.body().length < identity.body().length);
                for (HttpResponse<byte[]> answer : List.of(identity, compressed)) {
                    assertTrue(path + ": " + answer.headers().map(), answer.headers().allValues("Vary").stream()
                            .anyMatch(vary -> vary.contains("Accept-Encoding")));
                    assertEquals(path, String.valueOf(answer.body().length),
                            answer.headers().firstValue("Content-Length").orElse("chunked"));
                    assertFalse(path, answer.headers().firstValue("Transfer-Encoding").isPresent());
                }
                assertEquals(path, 304, read(path, new Caller("anonymous"), "If-None-Match", compressedTag,
                        "Accept-Encoding", GZIP).statusCode());
                assertEquals(path, 304, read(path, new Caller("anonymous"), "If-None-Match", identityTag)
                        .statusCode());
                assertEquals(path + ": the identity tag does not confirm the gzip body", 200,
                        read(path, new Caller("anonymous"), "If-None-Match", identityTag, "Accept-Encoding", GZIP)
                                .statusCode());
                assertEquals(path + ": gzip;q=0 is identity", identityTag, read(path, new Caller("anonymous"),
                        "Accept-Encoding", "gzip;q=0, deflate").headers().firstValue("ETag").orElseThrow());
            }
        }
        String workbook = "/api/plans/2073?format=xlsx";
        HttpResponse<byte[]> plainWorkbook = read(workbook, new Caller("anonymous"));
        HttpResponse<byte[]> workbookForGzip = read(workbook, new Caller("anonymous"), "Accept-Encoding", GZIP);
        assertEquals(200, workbookForGzip.statusCode());
        byte[] received = workbookForGzip.headers().firstValue("Content-Encoding").isPresent()
                ? gunzip(workbookForGzip.body()) : workbookForGzip.body();
        assertArrayEquals("compressed only where gzip makes it smaller, and then the same file", plainWorkbook.body(),
                received);
    }

    private HttpResponse<byte[]> read(String path, Caller caller, String... headers) {
        String[] all = new String[caller.headers().length + headers.length];
        System.arraycopy(caller.headers(), 0, all, 0, caller.headers().length);
        System.arraycopy(headers, 0, all, caller.headers().length, headers.length);
        return http.bytes(path, null, null, all);
    }

    private void adoptedPlanWithSecrets(int year) {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + year, RecordsAndSecrecyIT.plan(year));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", RK + year + "/status", PlansIT.ADOPT);
        assertEquals(adopted.body(), 200, adopted.statusCode());
    }

    private static String gzipTag(String tag) {
        return tag.substring(0, tag.length() - 1) + "-gzip\"";
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
