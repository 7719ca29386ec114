package se.stockholm.vbe.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for tests, speaking to the platform over real sockets.
 */
public final class Http {

    /**
     * One client, and so one connection pool, for every test of the JVM: a client per request would leave each
     * connection open until it is garbage-collected, and the platform closes a client address's connections over
     * its cap (ConnectionsPerAddressLimit, 128) as they open.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final int port;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.port = port;
    }

    /** A response read off a raw socket: its status, content type and body. */
    public record RawResponse(int status, String contentType, String body) {
    }

    /**
     * Sends a body over a raw socket while reading the response at the same time. A server refusing a body from its
     * Content-Length (413) answers and closes while the client is still writing: the JDK's client then fails with a
     * broken pipe and loses the answer, even with {@code expectContinue} (Jetty sends 100 Continue as soon as Jersey
     * opens the stream). Here the write may fail; the answer, read meanwhile, is kept.
     */
    public RawResponse offer(String method, String path, String contentType, byte[] body, String... headers) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = status(in.readLine());
            if (status == 100) {
                while (!in.readLine().isEmpty()) {
                    // the interim response's headers, if any
                }
                CompletableFuture.runAsync(() -> writeUntilRefused(out, body));
                status = status(in.readLine());
            }
            String type = "";
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    type = line.substring(13).strip();
                }
            }
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rest.append(line).append('\n');
            }
            return new RawResponse(status, type, rest.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeUntilRefused(OutputStream out, byte[] body) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException closedByTheServer) {
            // it has answered already; the reader has the answer
        }
    }

    private static int status(String statusLine) {
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("not an HTTP/1.1 status line: " + statusLine);
        }
        return Integer.parseInt(statusLine.substring(9, 12));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path).GET().header("Authorization", basic(user, password)));
    }

    /**
     * Sends {@code method path} with a JSON body (or none), as {@code user} (or anonymously when null),
     * with extra headers given as name, value, name, value, ….
     */
    public HttpResponse<String> call(String method, String path, String json, String user, String password,
            String... headers) {
        HttpRequest.Builder request = request(path).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(as(request, user, password, headers));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET whose body is kept as bytes (a PDF), as {@code user} (or anonymously when null), with extra headers. */
    public HttpResponse<byte[]> bytes(String path, String user, String password, String... headers) {
        return bytes(as(request(path).GET(), user, password, headers));
    }

    /** Sends a request and keeps the body as bytes (a spreadsheet, a byte order mark). */
    public HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code request} as {@code user} (anonymous when null), with extra headers given as name, value, …. */
    private static HttpRequest.Builder as(HttpRequest.Builder request, String user, String password,
            String... headers) {
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    /** A web session as the web application holds one: its cookie (name=value) and its CSRF token. */
    public record Session(String cookie, String csrfToken) {
    }

    private static final Pattern SESSION_COOKIE = Pattern.compile("VBE_SESSION=([^;]+);.*");

    /** Signs {@code user} in as the web application does ({@code POST /api/session}). */
    public Session signIn(String user, String password) {
        HttpResponse<String> signedIn = call("POST", "/api/session",
                "{\"user\": \"" + user + "\", \"password\": \"" + password + "\"}", null, null);
        Matcher cookie = SESSION_COOKIE.matcher(signedIn.headers().firstValue("Set-Cookie").orElse(""));
        if (signedIn.statusCode() != 201 || !cookie.matches()) {
            throw new IllegalStateException("sign-in of " + user + ": " + signedIn.statusCode() + " " + signedIn.body());
        }
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(signedIn.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in " + signedIn.body());
        }
        return new Session("VBE_SESSION=" + cookie.group(1), token.group(1));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
