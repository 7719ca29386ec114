package se.stockholm.vbe.jetty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

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

/** A real Jetty server without sockets, with the customizer as etc/jetty.xml adds it. */
class SecurityHeadersTest {

    private final Server server = new Server();

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void everyResponseOnAConnectionCarriesEachHeaderOnce() throws Exception {
        LocalConnector connector = start();

        String raw = connector.getResponses("GET /plain HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /plain HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        for (String response : raw.split("(?=HTTP/1\\.1 )")) {
            assertEquals(List.of("nosniff"), values(response, "X-Content-Type-Options"));
            assertEquals(List.of("no-referrer"), values(response, "Referrer-Policy"));
            assertEquals(List.of("default-src 'none'; frame-ancestors 'none'"),
                    values(response, "Content-Security-Policy"));
            assertEquals(List.of("DENY"), values(response, "X-Frame-Options"));
            assertEquals(List.of("private, no-store"), values(response, "Cache-Control"));
        }
        assertEquals(2, raw.split("(?=HTTP/1\\.1 )").length);
    }

    @Test
    void aHandlerReplacesAHeaderItSetsItself() throws Exception {
        LocalConnector connector = start();

        String response = connector.getResponse("GET /cacheable HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertEquals(List.of("no-cache"), values(response, "Cache-Control"));
        assertEquals(List.of("nosniff"), values(response, "X-Content-Type-Options"));
    }

    private LocalConnector start() throws Exception {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.addCustomizer(new SecurityHeaders());
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(configuration));
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                if (target.equals("/cacheable")) {
                    response.setHeader("Cache-Control", "no-cache");
                }
                response.setStatus(200);
                base.setHandled(true);
            }
        });
        server.start();
        return connector;
    }

    private static List<String> values(String response, String header) {
        return response.lines().skip(1).takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, header + ":", 0, header.length() + 1))
                .map(line -> line.substring(header.length() + 1).trim()).toList();
    }
}
