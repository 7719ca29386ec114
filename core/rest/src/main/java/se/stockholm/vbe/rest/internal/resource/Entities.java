package se.stockholm.vbe.rest.internal.resource;

import javax.ws.rs.core.EntityTag;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Audience;
import se.stockholm.vbe.api.PreconditionFailedException;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * ETags of plans: the plan's version, so that If-Match is optimistic locking on it. A plan shown to an
 * audience that may not see all of it has a tag of its own ({@code "3-public"}), which no If-Match
 * accepts and no full body ever carries. The decided version of a plan under revision changes with the
 * draft's marker, so its tag names both ({@code "3-r5"}), and is never a version a write could match.
 */
final class Entities {

    private Entities() {
    }

    static EntityTag tag(ActionPlan plan) {
        return plan.revision() != null && plan.status() != PlanStatus.DRAFT
                ? new EntityTag(plan.version() + "-r" + plan.revision().version())
                : new EntityTag(Long.toString(plan.version()));
    }

    /** The tag of a plan as {@code actor} is shown it. */
    static EntityTag tag(ActionPlan plan, Actor actor) {
        return shownTo(tag(plan).getValue(), plan.committeeId(), actor);
    }

    /** A tag of something of the committee's plans as {@code actor} is shown it: the public's has a suffix. */
    static EntityTag shownTo(String value, String committeeId, Actor actor) {
        return new EntityTag(actor.canSeeDrafts(committeeId) ? value : value + "-" + Audience.PUBLIC.key());
    }

    /** The version an If-Match header names; a header naming none is a failed precondition. */
    static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not an ETag of this plan");
        }
    }
}
