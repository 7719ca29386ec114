package se.stockholm.vbe.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web application at {@code /} on the platform's HTTP port; {@code /api/*} is the REST API's servlet
 * (the longer pattern wins). Everything the pages need comes from this bundle, so the application works on a
 * closed intranet. Files are revalidated with their ETag on every load, so an updated bundle shows at once.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletName("vbe-web")
public final class WebApplicationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The pages' policy, in place of the server's default that allows nothing: this bundle's own scripts, styles
     * and images, and calls to the same origin (the REST API) only. No inline script or style, no frames.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"the web application has no such file\"}";
    private static final String API_AWAY = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"the REST API is not running yet; try again shortly\"}";

    private final transient WebAssets assets;

    @Activate
    public WebApplicationServlet(BundleContext context) {
        this(new WebAssets(path -> context.getBundle().getEntry(path)));
    }

    WebApplicationServlet(WebAssets assets) {
        this.assets = assets;
    }

    /**
     * A request for the API reaches this servlet only while the API's own servlet is away (the platform starting,
     * or its bundle updated): the pages then hear 503, say so and try again, as they do while the API starts.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (WebAssets.isApi(request.getPathInfo())) {
            response.setHeader("Retry-After", "2");
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, API_AWAY);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WebAsset> found = assets.find(request.getPathInfo());
        if (found.isEmpty()) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
            return;
        }
        WebAsset asset = found.get();
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", asset.etag());
        if (asset.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.content().length);
        response.getOutputStream().write(asset.content());
    }

    /** A refusal answered like every refusal of the platform. */
    private static void problem(HttpServletResponse response, int status, String json) throws IOException {
        byte[] problem = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }
}
