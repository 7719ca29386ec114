package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.PreconditionFailedException;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;

/**
 * Adds figures and sections from outside the plan editor (a specialist committee's contribution) to a draft's
 * situation picture, in the caller's transaction: the same locking, status rule and audit as an editor's write. The
 * caller checks who may do it and moves the plan generation on.
 */
public final class SituationIntake {

    private final PlanStore store = new PlanStore();

    /**
     * Adds {@code counts} to the draft's (the same key summed) and appends {@code sections}; {@code expectedVersion}
     * is the version the caller saw, or {@code null} for whatever it is now.
     *
     * @param origin what the audit entry names as the source, e.g. {@code contribution} → {@code 17}
     * @return the plan after the change, unfiltered
     */
    public ActionPlan add(Connection connection, String committeeId, int year, Long expectedVersion,
            List<IncidentCount> counts, List<Section> sections, Map<String, String> origin, Actor actor, Instant now)
            throws SQLException {
        if (!store.bump(connection, committeeId, year, expectedVersion == null ? -1 : expectedVersion,
                actor.displayName(), now)) {
            PlanRow row = store.row(connection, committeeId, year).orElseThrow(() -> new NotFoundException(
                    "committee " + committeeId + " has no plan for " + year + "; create the draft first"));
            throw new PreconditionFailedException("the plan has changed since version " + expectedVersion
                    + " (it is at version " + row.version() + "); read it again and reapply your change");
        }
        PlanRow row = store.row(connection, committeeId, year).orElseThrow();
        if (row.status() != PlanStatus.DRAFT) {
            throw new ConflictException("only a DRAFT can be edited; this plan is " + row.status()
                    + " (allowed from " + row.status() + ": " + Lifecycle.allowedFrom(row.status()) + ")");
        }
        ActionPlan before = store.plan(connection, committeeId, year).orElseThrow();
        store.replaceSituation(connection, committeeId, year, merged(before.situationPicture(), counts, sections));
        ActionPlan after = store.plan(connection, committeeId, year).orElseThrow();
        Map<String, String> changed = new LinkedHashMap<>(PlanAudit.fields(after));
        changed.putAll(origin);
        AuditTrail.record(connection, AuditEntry.of(actor).action("take-in").plan(committeeId, year)
                .change(PlanAudit.fields(before), changed).confidential(PlanAudit.confidential(before, after)));
        return after;
    }

    /**
     * The picture with {@code added} counted in and {@code appended} after its sections. A sum is confidential when
     * either count was, so a public figure never carries a confidential one.
     */
    static SituationPicture merged(SituationPicture picture, List<IncidentCount> added, List<Section> appended) {
        Map<String, IncidentCount> byKey = new LinkedHashMap<>();
        picture.incidents().forEach(count -> byKey.put(count.key(), count));
        added.forEach(count -> byKey.merge(count.key(), count, SituationIntake::sum));
        List<Section> sections = new ArrayList<>(picture.sections());
        sections.addAll(appended);
        return new SituationPicture(sections, List.copyOf(byKey.values()));
    }

    private static IncidentCount sum(IncidentCount kept, IncidentCount added) {
        boolean confidential = kept.classification() == Classification.CONFIDENTIAL
                || added.classification() == Classification.CONFIDENTIAL;
        String legalGround = kept.legalGround() != null ? kept.legalGround() : added.legalGround();
        try {
            return new IncidentCount(kept.environment(), kept.type(), kept.source(), kept.period(), kept.placeType(),
                    kept.count() + added.count(), confidential ? Classification.CONFIDENTIAL : Classification.PUBLIC,
                    confidential ? legalGround : null);
        } catch (IllegalArgumentException tooMany) {
            throw new InvalidInputException("incidentCounts", kept.key() + ": " + tooMany.getMessage());
        }
    }
}
