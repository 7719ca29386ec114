package se.stockholm.vbe.rest.internal.resource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeNode;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * {@code /api/committees}: every committee ever seen, online or not, which node of the installation has which
 * version of its bundle, which are in quarantine, and their catalogues. Public; who began a quarantine and why
 * only for signed-in callers with a role.
 */
@Path("committees")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CommitteesResource {

    private final CommitteeDirectory committees;
    private final CommitteeQuarantines quarantines;

    @Inject
    public CommitteesResource(CommitteeDirectory committees, CommitteeQuarantines quarantines) {
        this.committees = committees;
        this.quarantines = quarantines;
    }

    @GET
    @PermitAll
    public List<CommitteeInfo> list(@Context SecurityContext security) {
        Map<String, List<CommitteeNode>> nodes = nodes();
        Map<String, CommitteeQuarantine> quarantined = quarantines(CallerSecurityContext.actorOf(security));
        return committees.committees().stream()
                .map(committee -> committee.withNodes(nodes.getOrDefault(committee.id(), List.of()))
                        .withQuarantine(quarantined.get(committee.id()))).toList();
    }

    @GET
    @Path("{committeeId}")
    @PermitAll
    public CommitteeInfo get(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        CommitteeInfo committee = committees.committee(committeeId)
                .orElseThrow(() -> new NotFoundException("no committee " + committeeId));
        return committee.withNodes(nodes().getOrDefault(committeeId, List.of()))
                .withQuarantine(quarantines(CallerSecurityContext.actorOf(security)).get(committeeId));
    }

    /**
     * The committees in quarantine by id, as {@code caller} may see them; none while the database cannot say
     * (health names the database then).
     */
    private Map<String, CommitteeQuarantine> quarantines(Actor caller) {
        try {
            return quarantines.quarantines().stream().collect(Collectors.toMap(CommitteeQuarantine::committeeId,
                    quarantine -> as(caller, quarantine)));
        } catch (UnavailableException e) {
            return Map.of();
        }
    }

    /**
     * The whole quarantine for staff (a caller with a role); for anyone else only since when: the reason is the
     * coordinator's internal note and {@code by} a staff user name.
     */
    private static CommitteeQuarantine as(Actor caller, CommitteeQuarantine quarantine) {
        return caller.roles().isEmpty()
                ? new CommitteeQuarantine(quarantine.committeeId(), null, quarantine.since(), null)
                : quarantine;
    }

    /** Which node has which version; none while the database cannot say (health names the database then). */
    private Map<String, List<CommitteeNode>> nodes() {
        try {
            return committees.nodes();
        } catch (UnavailableException e) {
            return Map.of();
        }
    }

    /**
     * The catalogue; with {@code year}, each template also carries the activity it makes in that year's plan (its
     * schedule in that year), as the editor takes it in.
     */
    @GET
    @Path("{committeeId}/catalogue")
    @PermitAll
    public Response catalogue(@PathParam("committeeId") String committeeId, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @QueryParam("year") String year, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        Page<ActivityTemplate> page = Page.slice(committees.catalogue(committeeId), Paging.after(after), size,
                ActivityTemplate::id);
        if (year == null) {
            return Paging.response(page, size, uri);
        }
        int planYear = planYear(year);
        return Paging.response(new Page<>(page.items().stream()
                .map(template -> new TemplateInYear(template, template.activityIn(planYear))).toList(), page.next()),
                size, uri);
    }

    private static int planYear(String year) {
        String value = year.strip();
        if (!value.matches("[0-9]{4}") || Integer.parseInt(value) < PlanService.MIN_YEAR
                || Integer.parseInt(value) > PlanService.MAX_YEAR) {
            throw new InvalidInputException("year", "must be a plan year from " + PlanService.MIN_YEAR + " to "
                    + PlanService.MAX_YEAR + " (was " + value + ")");
        }
        return Integer.parseInt(value);
    }

    /** A catalogue template with the plan activity it makes in a given year. */
    public record TemplateInYear(@JsonUnwrapped ActivityTemplate template, Activity activity) {
    }
}
