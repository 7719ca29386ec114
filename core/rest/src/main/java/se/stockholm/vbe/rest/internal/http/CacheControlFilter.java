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
 * What a cache may keep of the API's answers, set before anything else runs so that errors, 304s and
 * 429s carry it too. Anonymous reads are public (an anonymous caller sees only published plans): a cache
 * may keep them and revalidate with their ETag, but never hand one to a caller with credentials, nor one form of a
 * resource to a caller asking for another by {@code Accept} (the consolidated view is JSON, CSV or XLSX).
 * Everything else is private to its caller and never stored. A resource that sets its own
 * {@code Cache-Control} (health: {@code no-store}) replaces this. The other security headers come from
 * Jetty, for every response of the server (etc/jetty.xml, vbe-jetty).
 */
@Component(service = Filter.class, property = "service.ranking:Integer=200")
@HttpWhiteboardFilterName("vbe-cache-control")
@HttpWhiteboardFilterPattern("/api/*")
public final class CacheControlFilter implements Filter {

    static final String PRIVATE = "private, no-store";
    static final String PUBLIC = "no-cache";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse answer = (HttpServletResponse) response;
        if (isPublic((HttpServletRequest) request)) {
            answer.setHeader("Cache-Control", PUBLIC);
            answer.setHeader("Vary", "Authorization, Accept");
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
