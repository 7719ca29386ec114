package se.stockholm.vbe.jetty.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
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

    /** Encoded once: they go out on every response, and a pre-encoded field is copied, not generated. */
    private static final List<HttpField> FIELDS = HEADERS.entrySet().stream()
            .map(header -> (HttpField) new PreEncodedHttpField(header.getKey(), header.getValue()))
            .toList();

    /**
     * Adds the headers to a response no servlet has touched yet: none of them can be there, so they are
     * appended without the scan for a field of the same name that {@link HttpFields#put} makes.
     */
    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        FIELDS.forEach(request.getResponse().getHttpFields()::add);
    }

    /** Puts the headers into {@code fields}, replacing any of the same name. */
    static void addTo(HttpFields fields) {
        FIELDS.forEach(fields::put);
    }
}
