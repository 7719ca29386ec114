package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The distribution with TLS turned on as docs/operations.md says: a keystore made by bin/vbe-tls-selfsigned, the lines
 * it prints set in etc/org.ops4j.pax.web.cfg, and {@code se.stockholm.vbe.https.only}. A client trusting that
 * certificate (and nothing else) gets the API over HTTPS with HSTS and a Secure session cookie; plain HTTP is
 * redirected; only TLS 1.2 and 1.3 with forward-secret AEAD suites are spoken. The protocol checks use openssl, since
 * the JDK's own client refuses TLS 1.1 itself and so could not show that the server does. One start for all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsIT {

    private static final String HOST_NAME = "vbe.stad.example";

    private KarafInstallation karaf;
    private int httpsPort;
    private HttpClient https;
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startWithASelfSignedCertificate() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/tls"));
        KarafInstallation.Result made = karaf.command("bin/vbe-tls-selfsigned", HOST_NAME);
        assertEquals(0, made.exitCode(), made.output());
        List<String> lines = made.output().lines().filter(line -> line.startsWith("org.")).toList();
        assertEquals(5, lines.size(), made.output());
        for (String line : lines) {
            String[] keyValue = line.split(" = ", 2);
            karaf.setProperty("etc/org.ops4j.pax.web.cfg", keyValue[0], keyValue[1]);
        }
        httpsPort = FreePort.next();
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", httpsPort);
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "se.stockholm.vbe.https.only", "true");
        https = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .sslContext(trusting(karaf.home().resolve("etc/tls-selfsigned.crt"))).build();

        karaf.launch();
        await("/api/health UP over HTTPS on port " + httpsPort).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> send(https, get("https", httpsPort, "/api/health")).statusCode() == 200);
    }

    @AfterAll
    void stop() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    void theScriptLeavesTheKeyReadableByTheOwnerOnly() throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(
                karaf.home().resolve("etc/tls-selfsigned.p12"));

        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
    }

    @Test
    void healthAnswersOverTls13WithStrictTransportSecurityAndTheSecurityHeaders() {
        HttpResponse<String> health = send(https, get("https", httpsPort, "/api/health"));

        assertEquals(200, health.statusCode(), health.body());
        assertEquals("TLSv1.3", health.sslSession().orElseThrow().getProtocol());
        assertEquals("max-age=31536000", health.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void plainHttpIsRedirectedToTheSameAddressOverHttps() {
        HttpResponse<String> health = send(plain, get("http", karaf.httpPort(), "/api/health?probe=1"));

        assertEquals(308, health.statusCode());
        assertEquals("https://localhost:" + httpsPort + "/api/health?probe=1",
                health.headers().firstValue("Location").orElse(null));
        assertTrue(health.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void aSignInOverPlainHttpIsRedirectedBeforeItIsLookedAt() {
        HttpResponse<String> signIn = send(plain, signIn("http", karaf.httpPort()));

        assertEquals(308, signIn.statusCode());
        assertEquals("https://localhost:" + httpsPort + "/api/session",
                signIn.headers().firstValue("Location").orElse(null));
        assertTrue(signIn.headers().firstValue("Set-Cookie").isEmpty(), "no session over plain HTTP");
    }

    @Test
    void theSessionCookieOfASignInOverHttpsIsSecure() {
        HttpResponse<String> signIn = send(https, signIn("https", httpsPort));

        assertEquals(201, signIn.statusCode(), signIn.body());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("VBE_SESSION=") && cookie.contains("; Secure") && cookie.contains("HttpOnly"),
                cookie);
    }

    @Test
    void tls12IsSpokenWithAForwardSecretAeadSuite() {
        String handshake = openssl("-tls1_2");

        assertTrue(handshake.contains("New, TLSv1.2, Cipher is ECDHE-ECDSA-AES"), handshake);
        assertTrue(handshake.contains("Verify return code: 0 (ok)"), handshake);
    }

    @Test
    void tls13IsSpoken() {
        String handshake = openssl("-tls1_3");

        assertTrue(handshake.contains("New, TLSv1.3, Cipher is TLS_AES_"), handshake);
    }

    /** The client offers TLS 1.1 (allowed on its side at security level 0): the server answers protocol_version. */
    @Test
    void tls11IsRefusedByTheServer() {
        String handshake = openssl("-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0");

        assertTrue(handshake.contains("alert protocol version"), handshake);
        assertTrue(handshake.contains("Cipher is (NONE)"), handshake);
    }

    @Test
    void aTls12SuiteWithoutAuthenticatedEncryptionIsRefused() {
        String handshake = openssl("-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-SHA256");

        assertTrue(handshake.contains("alert handshake failure"), handshake);
        assertTrue(handshake.contains("Cipher is (NONE)"), handshake);
    }

    private HttpRequest.Builder get(String scheme, int port, String path) {
        return HttpRequest.newBuilder(URI.create(scheme + "://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder signIn(String scheme, int port) {
        return HttpRequest.newBuilder(URI.create(scheme + "://localhost:" + port + "/api/session"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"editor-alvsjo\",\"password\":\"editor\"}"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context that trusts exactly the one certificate in {@code pem}. */
    private static SSLContext trusting(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trusted.setCertificateEntry("vbe", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** One handshake with {@code openssl s_client} and the given options; all it printed. */
    private String openssl(String... options) {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect",
                "127.0.0.1:" + httpsPort, "-servername", "localhost", "-CAfile",
                karaf.home().resolve("etc/tls-selfsigned.crt").toString()));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "openssl s_client finished");
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
