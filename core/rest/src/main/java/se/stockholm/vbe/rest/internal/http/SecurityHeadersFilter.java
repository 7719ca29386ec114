package se.stockholm.vbe.rest.internal.http;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers on every response of the API, set before anything else runs so that errors, 304s
 * and 429s carry them too. The API serves JSON only: no content may be framed, sniffed or scripted.
 * Anonymous reads are public (only published plans are visible to them) and may be stored and
 * revalidated with their ETag; everything else is private to its caller and never stored.
 * A resource that sets its own {@code Cache-Control} (health: {@code no-store}) replaces this default.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=200")
@HttpWhiteboardFilterName("vbe-security-headers")
@HttpWhiteboardFilterPattern("/api/*")
public final class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PRIVATE = "private, no-store";
    static final String PUBLIC = "no-cache";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("Referrer-Policy", "no-referrer");
        answer.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        answer.setHeader("X-Frame-Options", "DENY");
        if (isPublic(http)) {
            answer.setHeader("Cache-Control", PUBLIC);
            answer.setHeader("Vary", "Authorization");
        } else {
            answer.setHeader("Cache-Control", PRIVATE);
        }
        chain.doFilter(request, response);
    }

    /** An anonymous read: the same answer for every member of the public. */
    static boolean isPublic(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getHeader("Authorization") == null
                && request.getHeader("Cookie") == null;
    }
}
