package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The trust boundaries of issue 9, each tried as an attacker would in the default distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    // --- defect 9: slow request bodies, and the HTTP hardening that goes with it

    private static final String GRANT_CHECKS = "/api/committees/alvsjo/grant-checks";
    private static final int SLOW_READERS = 70;

    @Test
    public void seventySlowReaderBodiesAreRefusedBeforeTheyAreSentAndHealthKeepsAnswering() throws Exception {
        List<Socket> readers = new ArrayList<>();
        ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_READERS; i++) {
                Socket reader = slowBodyPost(GRANT_CHECKS, "lasare", "lasare", 2000);
                readers.add(reader);
                assertEquals("the reader's request is refused with only 1 of its 2000 bytes sent",
                        "HTTP/1.1 403 Forbidden", statusLine(reader));
            }
            dribble.scheduleAtFixedRate(() -> readers.forEach(TrustBoundariesIT::sendOneByte), 0, 1, TimeUnit.SECONDS);
            AtomicInteger healthy = new AtomicInteger();
            await("health answering while the readers keep sending").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        HttpResponse<String> health = http.send(http.request("/api/health")
                                .timeout(Duration.ofSeconds(5)));
                        assertEquals(200, health.statusCode());
                        return healthy.incrementAndGet() >= 6;
                    });
        } finally {
            dribble.shutdownNow();
            for (Socket reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    public void aSlowEditorBodyIsCutOffByTheMinimumDataRate() throws Exception {
        ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
        try (Socket editor = slowBodyPost(GRANT_CHECKS, "editor-alvsjo", "editor", 2000)) {
            OutputStream out = editor.getOutputStream();
            dribble.scheduleAtFixedRate(() -> {
                try {
                    out.write('{');
                    out.flush();
                } catch (IOException closedByTheServer) {
                    throw new IllegalStateException(closedByTheServer);
                }
            }, 1, 1, TimeUnit.SECONDS);
            editor.setSoTimeout(20_000);
            String answer = statusLineOrClosed(editor);
            assertEquals("cut off after the grace, well before its 2000 bytes at a byte a second",
                    "HTTP/1.1 408 Request Timeout", answer);
        } finally {
            dribble.shutdownNow();
        }
        assertEquals(200, http.get("/api/health").statusCode());
    }

    @Test
    public void aBodyThatStopsArrivingIs408AfterTheIdleTimeout() throws Exception {
        try (Socket editor = slowBodyPost("/api/committees/idrottsnamnden/grant-checks", "editor-idrottsnamnden",
                "editor", 2000)) {
            editor.setSoTimeout(30_000);
            assertEquals("the connector's idle timeout is 15 s", "HTTP/1.1 408 Request Timeout", statusLine(editor));
        }
    }

    @Test
    public void anAbortedUploadIsOneWarnLineWithoutAStackTrace() throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long before = Files.size(log);
        String path = "/api/committees/hasselby-vallingby/grant-checks";
        try (Socket editor = slowBodyPost(path, "editor-hasselby-vallingby", "editor", 2000)) {
            editor.getOutputStream().write("\"organisation\": ".repeat(60).getBytes(StandardCharsets.US_ASCII));
            editor.getOutputStream().flush();
        }
        await("the abort logged").atMost(Duration.ofSeconds(30)).until(() -> logSince(log, before).contains(path));
        assertEquals(200, http.get("/api/health").statusCode());

        List<String> lines = logSince(log, before).lines().toList();
        List<String> aborts = lines.stream().filter(line -> line.contains(path)).toList();
        assertEquals(lines.toString(), 1, aborts.size());
        assertTrue(aborts.get(0), aborts.get(0).contains("| WARN "));
        assertTrue("no stack trace: " + lines, lines.stream().noneMatch(line -> line.startsWith("\tat ")
                || line.startsWith("Caused by")));
    }

    @Test
    public void everyResponseCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> responses = List.of(http.get("/api/health"), http.get("/api/me"),
                http.get("/api/committees/no-such"), as("lasare", "GET", "/api/me", null),
                as("lasare", "POST", GRANT_CHECKS, "{}"), http.get("/api/plans/2019"), http.get("/no-such-page"));
        for (HttpResponse<String> response : responses) {
            String where = response.request().method() + " " + response.request().uri() + " " + response.statusCode();
            assertEquals(where, "nosniff", header(response, "X-Content-Type-Options"));
            assertEquals(where, "no-referrer", header(response, "Referrer-Policy"));
            assertEquals(where, "default-src 'none'; frame-ancestors 'none'",
                    header(response, "Content-Security-Policy"));
        }
        assertEquals(List.of(401, 404, 403, 404), List.of(responses.get(1).statusCode(),
                responses.get(2).statusCode(), responses.get(4).statusCode(), responses.get(6).statusCode()));
        assertEquals("no-store", header(responses.get(0), "Cache-Control"));
        assertEquals("an anonymous answer is the same for everyone", "no-cache",
                header(responses.get(1), "Cache-Control"));
        assertEquals("private, no-store", header(responses.get(3), "Cache-Control"));
        assertEquals("private, no-store", header(responses.get(4), "Cache-Control"));
    }

    @Test
    public void anonymousReadsOfPublishedPlansStayCacheableAndRevalidate() {
        HttpResponse<String> first = http.get("/api/plans/2019");
        String tag = header(first, "ETag");
        assertEquals(200, first.statusCode());
        assertEquals("no-cache", header(first, "Cache-Control"));
        assertEquals("Authorization", header(first, "Vary"));

        HttpResponse<String> again = http.send(http.request("/api/plans/2019").header("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals("nosniff", header(again, "X-Content-Type-Options"));
        assertEquals("private, no-store", header(as("samordnare", "GET", "/api/plans/2019", null), "Cache-Control"));
    }

    @Test
    public void oneAddressHoldingSixteenRequestsGets429ForTheNextButHealthStillAnswers() throws Exception {
        String path = "/api/committees/rinkeby-kista/grant-checks";
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                held.add(slowBodyPost(path, "editor-rinkeby-kista", "editor", 2000));
            }
            await("sixteen requests in progress").atMost(Duration.ofSeconds(10))
                    .until(() -> http.get("/api/committees").statusCode() == 429);
            HttpResponse<String> refused = http.get("/api/committees");
            assertEquals("application/problem+json", header(refused, "Content-Type"));
            assertEquals("1", header(refused, "Retry-After"));
            assertTrue(refused.body(), refused.body().contains("\"status\":429"));
            assertEquals("health is not counted", 200, http.get("/api/health").statusCode());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        await("the address free again").atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/committees").statusCode() == 200);
    }

    @Test
    public void oneAddressCannotHoldMoreThan128Connections() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 140; i++) {
                Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort(context));
                socket.setSoTimeout(10_000);
                idle.add(socket);
            }
            assertEquals("the 140th connection is closed by the server", -1,
                    idle.get(idle.size() - 1).getInputStream().read());
            idle.get(0).getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals("the first still answers", "HTTP/1.1 200 OK", statusLine(idle.get(0)));
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        await("the address free again").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> http.get("/api/health").statusCode() == 200);
    }

    @Test
    public void jettysOwnErrorsAreProblemJson() throws Exception {
        assertJettyProblem(get("/api/%00", ""), 400);
        assertJettyProblem(get("/api/health?q=" + "a".repeat(20_000), ""), 414);
        assertJettyProblem(get("/api/health", "X-Big: " + "b".repeat(20_000) + "\r\n"), 431);
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n";
    }

    /** Sends a raw request and checks the answer is problem+json with the security headers. */
    private void assertJettyProblem(String request, int status) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort(context))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertTrue(answer, answer.startsWith("HTTP/1.1 " + status));
            assertTrue(answer, head.contains("content-type: application/problem+json"));
            assertTrue(answer, head.contains("x-content-type-options: nosniff"));
            assertTrue(answer, head.contains("cache-control: private, no-store"));
            assertTrue(answer, answer.contains("\"status\":" + status));
        }
    }

    /** A POST whose headers promise {@code length} bytes of JSON, of which one is sent. */
    private Socket slowBodyPost(String path, String user, String password, int length) throws IOException {
        Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort(context));
        socket.setSoTimeout(10_000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
                + Http.basic(user, password)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One more byte of a slow body; the server may long have closed the connection. */
    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // the refused request's connection is gone, as it should be
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static String statusLineOrClosed(Socket socket) throws IOException {
        try {
            String line = statusLine(socket);
            return line.isEmpty() ? "closed" : line;
        } catch (SocketException reset) {
            return "closed";
        }
    }

    private static String logSince(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<String> response, String name) {
        String value = response.headers().firstValue(name).orElse(null);
        assertNotNull(name + " on " + response.request().uri(), value);
        return value;
    }
}
