package se.stockholm.vbe.jetty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real Jetty server without sockets. A TLS request is stood in for by a customizer that marks the request
 * secure, as Jetty's {@code SecureRequestCustomizer} does for a request that came over TLS.
 */
class HttpsOnlyTest {

    private final Server server = new Server();

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void plainHttpIsRedirectedToTheSameAddressOverHttpsKeepingTheMethod() throws Exception {
        LocalConnector connector = start(new HttpsOnly(true, true, 31536000), false);

        Answer response = new Answer(connector.getResponse(
                "POST /api/session?next=%2Fsamordnare HTTP/1.1\r\nHost: vbe.stad.example:8181\r\n"
                        + "Content-Length: 2\r\n\r\n{}"));

        assertEquals(308, response.status());
        assertEquals("https://vbe.stad.example:8443/api/session?next=%2Fsamordnare", response.get("Location"));
        assertNull(response.get("Strict-Transport-Security"), "HSTS over plain HTTP means nothing");
        assertNull(response.get("X-Handled"), "no handler saw the redirected request");
    }

    @Test
    void theDefaultHttpsPortIsLeftOutAndAnIpv6HostBracketed() throws Exception {
        LocalConnector connector = start(new HttpsOnly(true, true, 31536000), false, 443);

        assertEquals("https://vbe.stad.example/", redirect(connector, "vbe.stad.example"));
        assertEquals("https://[::1]/", redirect(connector, "[::1]:8181"));
    }

    @Test
    void anHttpsResponseCarriesStrictTransportSecurity() throws Exception {
        LocalConnector connector = start(new HttpsOnly(true, true, 31536000), true);

        Answer response = get(connector, "localhost");

        assertEquals(200, response.status());
        assertEquals("max-age=31536000", response.get("Strict-Transport-Security"));
    }

    @Test
    void aMaxAgeOfZeroSendsNoStrictTransportSecurity() throws Exception {
        LocalConnector connector = start(new HttpsOnly(true, true, 0), true);

        assertNull(get(connector, "localhost").get("Strict-Transport-Security"));
    }

    @Test
    void withoutTheOptionPlainHttpIsServed() throws Exception {
        LocalConnector connector = start(new HttpsOnly(true, false, 31536000), false);

        assertEquals(200, get(connector, "localhost").status());
    }

    @Test
    void withoutTlsThereIsNowhereToRedirectToAndPlainHttpIsServed() throws Exception {
        LocalConnector connector = start(new HttpsOnly(false, true, 31536000), false);

        Answer response = get(connector, "localhost");

        assertEquals(200, response.status());
        assertNull(response.get("Strict-Transport-Security"));
    }

    private LocalConnector start(HttpsOnly httpsOnly, boolean overTls) throws Exception {
        return start(httpsOnly, overTls, 8443);
    }

    private LocalConnector start(HttpsOnly httpsOnly, boolean overTls, int securePort) throws Exception {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSecurePort(securePort);
        if (overTls) {
            configuration.addCustomizer((connector, config, request) -> {
                request.setScheme("https");
                request.setSecure(true);
            });
        }
        configuration.addCustomizer(httpsOnly);
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(configuration));
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setHeader("X-Handled", "yes");
                response.setStatus(200);
                base.setHandled(true);
            }
        });
        server.start();
        return connector;
    }

    private static Answer get(LocalConnector connector, String host) throws Exception {
        return new Answer(connector.getResponse("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n"));
    }

    /** A raw HTTP/1.1 response: its status and headers. */
    private record Answer(String raw) {

        int status() {
            return Integer.parseInt(raw.split(" ", 3)[1]);
        }

        String get(String header) {
            return raw.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.regionMatches(true, 0, header + ":", 0, header.length() + 1))
                    .map(line -> line.substring(header.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    private static String redirect(LocalConnector connector, String host) throws Exception {
        Answer response = get(connector, host);
        assertEquals(308, response.status());
        return response.get("Location");
    }
}
