package se.stockholm.vbe.rest.internal.resource;

import java.io.IOException;
import java.io.InputStream;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.deploy.BundleDeployer;
import se.stockholm.vbe.api.deploy.BundleUpload;
import se.stockholm.vbe.api.deploy.DeployReport;
import se.stockholm.vbe.api.deploy.DeployedBundle;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/committees/{id}/bundle}: a committee's deployer (or the coordinator) uploads its bundle, the
 * body being the JAR or KAR itself, checks it first with {@code ?dryRun=true}, rolls back and removes it. The body
 * is the servlet's own stream, read by the platform up to its own limit (not the API's 1 MiB for JSON), and only
 * after the caller was found allowed.
 */
@Path("admin/committees/{committeeId}/bundle")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CommitteeBundleResource {

    private final BundleDeployer deployer;

    @Inject
    public CommitteeBundleResource(BundleDeployer deployer) {
        this.deployer = deployer;
    }

    @GET
    public DeployedBundle current(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return deployer.current(committeeId, CallerSecurityContext.actorOf(security));
    }

    @PUT
    public DeployReport upload(@PathParam("committeeId") String committeeId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @Context HttpServletRequest request,
            @Context SecurityContext security) {
        return deployer.upload(committeeId, new BundleUpload(request.getContentType(),
                request.getContentLengthLong(), new LazyBody(request), dryRun), CallerSecurityContext.actorOf(security));
    }

    /**
     * The body, opened at its first read: Jetty answers {@code Expect: 100-continue} when the stream is opened, so a
     * caller refused before (403, or 413 by its declared length) is answered before it sends a byte of it.
     */
    private static final class LazyBody extends InputStream {

        private final HttpServletRequest request;
        private InputStream body;

        LazyBody(HttpServletRequest request) {
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            return body().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return body().read(buffer, offset, length);
        }

        private InputStream body() throws IOException {
            if (body == null) {
                body = request.getInputStream();
            }
            return body;
        }
    }

    @POST
    @Path("rollback")
    public DeployedBundle rollback(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return deployer.rollback(committeeId, CallerSecurityContext.actorOf(security));
    }

    @DELETE
    public DeployedBundle remove(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return deployer.remove(committeeId, CallerSecurityContext.actorOf(security));
    }
}
