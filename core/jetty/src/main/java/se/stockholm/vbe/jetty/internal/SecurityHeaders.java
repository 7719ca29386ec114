package se.stockholm.vbe.jetty.internal;

import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Security headers on every response of the server, set before any context handles the request, so
 * that errors of every kind carry them (a servlet may replace one, e.g. a web page its own policy).
 * The defaults are strict: nothing may be sniffed, framed, scripted or stored. The API makes its
 * anonymous reads cacheable itself. A {@link HttpConfiguration.Customizer} added in etc/jetty.xml.
 */
public class SecurityHeaders implements HttpConfiguration.Customizer {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "Cache-Control", "private, no-store");

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        addTo(request.getResponse().getHttpFields());
    }

    /** Puts the headers into {@code fields}, replacing any of the same name. */
    static void addTo(HttpFields fields) {
        HEADERS.forEach(fields::put);
    }
}
