package se.stockholm.vbe.rest.internal.resource;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.backup.Backup;
import se.stockholm.vbe.api.backup.BackupService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/backups}: the coordinator takes an online backup of the database and lists those kept.
 * Always into the default directory: a client never names a path on the server (the shell's {@code vbe:backup}
 * may). A body, if any ({@code {}}), is not read.
 */
@Path("admin/backups")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class BackupsResource {

    private final BackupService backups;

    @Inject
    public BackupsResource(BackupService backups) {
        this.backups = backups;
    }

    @GET
    public List<Backup> list(@Context SecurityContext security) {
        return backups.backups(CallerSecurityContext.actorOf(security));
    }

    @POST
    public Response backUp(@Context SecurityContext security) {
        Backup backup = backups.backUp(null, CallerSecurityContext.actorOf(security));
        return Response.status(Response.Status.CREATED).entity(backup).build();
    }
}
