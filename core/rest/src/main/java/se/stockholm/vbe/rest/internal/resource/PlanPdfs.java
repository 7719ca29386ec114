package se.stockholm.vbe.rest.internal.resource;

import java.util.List;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.rest.internal.pdf.PlanPdf;
import se.stockholm.vbe.rest.internal.pdf.PlanPdfRenderer;

/**
 * The PDF answers of the plan reads: rendered from the very plan the JSON read gives this caller (secrecy already
 * applied by the plan service), with the decisions this caller may see, under an ETag of their own ({@code -pdf})
 * so that a cache never answers a JSON request with a PDF. A still-current tag is 304 before anything is rendered;
 * a file rendered lately is served again from {@link RenderedPdfs}.
 */
final class PlanPdfs {

    private final PlanService plans;
    private final CommitteeDirectory committees;
    private final PlanPdfRenderer renderer = new PlanPdfRenderer();
    private final RenderedPdfs rendered = new RenderedPdfs();

    PlanPdfs(PlanService plans, CommitteeDirectory committees) {
        this.plans = plans;
        this.committees = committees;
    }

    /** The plan read as PDF: {@code jsonTag} is the tag the JSON read of the same plan carries. */
    Response plan(ActionPlan plan, EntityTag jsonTag, Actor actor, Request request) {
        EntityTag tag = new EntityTag(jsonTag.getValue() + "-pdf");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return PlanRepresentations.varying(notModified).build();
        }
        String name = name(plan.committeeId());
        byte[] pdf = rendered.get(key(plan, Integer.toString(plan.year()), tag, actor, name), () -> renderer.render(
                new PlanPdf(name, plan, plans.versions(plan.committeeId(), plan.year(), actor), null)));
        return answer(pdf, tag, plan.committeeId() + "-" + plan.year());
    }

    /**
     * A decided version as PDF, with the decisions up to and including it: a record that never changes, so its tag
     * names only the version and the audience.
     */
    Response version(PlanVersion version, Actor actor, Request request) {
        ActionPlan plan = version.plan();
        EntityTag tag = new EntityTag(Entities.shownTo("v" + version.number(), plan.committeeId(), actor).getValue()
                + "-pdf");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return PlanRepresentations.varying(notModified).build();
        }
        String name = name(plan.committeeId());
        byte[] pdf = rendered.get(key(plan, plan.year() + "/v" + version.number(), tag, actor, name), () -> {
            List<PlanVersion> decisions = plans.versions(plan.committeeId(), plan.year(), actor).stream()
                    .filter(decision -> decision.number() <= version.number()).toList();
            return renderer.render(new PlanPdf(name, plan, decisions, version.number()));
        });
        return answer(pdf, tag, plan.committeeId() + "-" + plan.year() + "-version-" + version.number());
    }

    /** Everything the file shows depends on: the plan (or version) and its tag, the audience, the name. */
    private static String key(ActionPlan plan, String which, EntityTag tag, Actor actor, String name) {
        return plan.committeeId() + "|" + which + "|" + tag.getValue() + "|" + actor.audience().key() + "|" + name;
    }

    private String name(String committeeId) {
        return committees.committee(committeeId).map(CommitteeInfo::name).orElse(committeeId);
    }

    private static Response answer(byte[] pdf, EntityTag tag, String fileName) {
        return PlanRepresentations.varying(Response.ok(pdf, PlanRepresentations.PDF).tag(tag)
                .header("Content-Disposition", "inline; filename=\"handlingsplan-" + fileName + ".pdf\"")).build();
    }
}
