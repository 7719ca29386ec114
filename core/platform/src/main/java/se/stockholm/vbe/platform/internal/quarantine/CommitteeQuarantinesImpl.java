package se.stockholm.vbe.platform.internal.quarantine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * The coordinator's quarantine: recorded (and audited) in the database first, so that every node's grant checks
 * fail closed at once, then enforced on this node's bundles; other nodes follow within a heartbeat.
 */
@Component(service = CommitteeQuarantines.class)
public final class CommitteeQuarantinesImpl implements CommitteeQuarantines {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeQuarantinesImpl.class);
    private static final String ENTITY = "committee";
    private static final int MAX_REASON = 1000;

    private final Database database;
    private final QuarantineStore store;
    private final QuarantineEnforcer enforcer;
    private final CommitteeDirectory committees;

    @Activate
    public CommitteeQuarantinesImpl(@Reference Database database, @Reference QuarantineStore store,
            @Reference QuarantineEnforcer enforcer, @Reference CommitteeDirectory committees) {
        this.database = database;
        this.store = store;
        this.enforcer = enforcer;
        this.committees = committees;
    }

    @Override
    public CommitteeQuarantine quarantine(String committeeId, String reason, Actor actor) {
        requireCoordinator(actor);
        requireCommittee(committeeId);
        String text = checkedReason(reason);
        CommitteeQuarantine begun = new CommitteeQuarantine(committeeId, text, StoredTime.now(), actor.displayName());
        PersonalDataGuard.check(begun);
        CommitteeQuarantine quarantine = database.transaction(connection -> {
            Optional<CommitteeQuarantine> existing = QuarantineStore.find(connection, committeeId);
            if (existing.isPresent()) {
                return existing.get();
            }
            QuarantineStore.insert(connection, begun);
            AuditTrail.record(connection, AuditEntry.of(actor).action("quarantine").entity(ENTITY, committeeId)
                    .committee(committeeId).change(Map.of(), Fields.named("quarantine", "yes", "reason", text)));
            LOG.warn("Committee {} put in quarantine by {}: {}", committeeId, actor.displayName(), text);
            return begun;
        });
        enforcer.enforce(committeeId);
        return quarantine;
    }

    @Override
    public boolean release(String committeeId, Actor actor) {
        requireCoordinator(actor);
        requireCommittee(committeeId);
        boolean released = database.transaction(connection -> {
            Optional<CommitteeQuarantine> existing = QuarantineStore.find(connection, committeeId);
            if (existing.isEmpty() || !QuarantineStore.delete(connection, committeeId)) {
                return false;
            }
            AuditTrail.record(connection, AuditEntry.of(actor).action("release").entity(ENTITY, committeeId)
                    .committee(committeeId).change(Fields.named("quarantine", "yes",
                            "reason", existing.get().reason()), Map.of()));
            LOG.warn("Committee {} released from quarantine by {}", committeeId, actor.displayName());
            return true;
        });
        enforcer.lift(committeeId);
        return released;
    }

    @Override
    public Optional<CommitteeQuarantine> quarantine(String committeeId) {
        return store.find(committeeId);
    }

    @Override
    public List<CommitteeQuarantine> quarantines() {
        return store.all();
    }

    /** Free text the caller wrote, checked for its form: a wrong one is the caller's error (422), not ours. */
    private static String checkedReason(String reason) {
        try {
            return Validation.optionalText(reason, "reason", MAX_REASON);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reason", e.getMessage());
        }
    }

    private void requireCommittee(String committeeId) {
        if (committees.committee(committeeId).isEmpty()) {
            throw new NotFoundException("no committee " + committeeId);
        }
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("user " + actor.displayName()
                    + " may not quarantine or release a committee's bundle (needs the role coordinator)");
        }
    }
}
