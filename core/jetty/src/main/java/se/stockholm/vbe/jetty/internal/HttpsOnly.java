package se.stockholm.vbe.jetty.internal;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.URIUtil;

/**
 * With TLS on and {@code se.stockholm.vbe.https.only} set, the platform speaks HTTPS only: a plain-HTTP request is
 * answered at once with 308 to the same address over HTTPS (308 keeps the method and body, so a redirected write is
 * not turned into a GET), and every HTTPS response says so with {@code Strict-Transport-Security}. A
 * {@link HttpConfiguration.Customizer} in etc/jetty.xml after Jetty's {@code SecureRequestCustomizer}, which marks
 * TLS requests secure; the customizers of a request stop at the first that handles it, so no servlet sees a
 * redirected request.
 */
public class HttpsOnly implements HttpConfiguration.Customizer {

    private final boolean active;
    private final HttpField strictTransportSecurity;

    /**
     * @param tlsEnabled pax-web's {@code org.osgi.service.http.secure.enabled}: without an HTTPS connector there is
     *        nowhere to redirect to, so nothing is done
     * @param httpsOnly redirect plain HTTP and send HSTS
     * @param hstsMaxAgeSeconds the HSTS {@code max-age}; 0 or less sends no HSTS header
     */
    public HttpsOnly(boolean tlsEnabled, boolean httpsOnly, long hstsMaxAgeSeconds) {
        this.active = tlsEnabled && httpsOnly;
        this.strictTransportSecurity = hstsMaxAgeSeconds > 0
                ? new HttpField(HttpHeader.STRICT_TRANSPORT_SECURITY, "max-age=" + hstsMaxAgeSeconds)
                : null;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        if (!active) {
            return;
        }
        Response response = request.getResponse();
        if (request.isSecure()) {
            if (strictTransportSecurity != null) {
                response.getHttpFields().put(strictTransportSecurity);
            }
            return;
        }
        response.setStatus(HttpStatus.PERMANENT_REDIRECT_308);
        // URIUtil brackets an IPv6 host and leaves out the scheme's own port (443).
        response.setHeader(HttpHeader.LOCATION.asString(), URIUtil.newURI(configuration.getSecureScheme(),
                request.getServerName(), configuration.getSecurePort(), request.getRequestURI(),
                request.getQueryString()));
        response.setContentLength(0);
        request.setHandled(true);
    }
}
