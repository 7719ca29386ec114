package se.stockholm.vbe.platform.internal.committee;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.audit.AuditChannel;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * The audit entries of committee bundles coming, going and being refused. They happen without a request, so
 * they are recorded as {@code bundle:<symbolic name>} through {@link AuditChannel#BUNDLE}. Going offline and
 * being refused change no stored data, so those entries have a transaction of their own, and are only logged
 * when the database is away. A refused service is retried whenever another committee goes offline: the same
 * refusal of the same service is recorded once, not on every retry.
 */
final class CommitteeEvents {

    static final String ENTITY = "committee";
    private static final Logger LOG = LoggerFactory.getLogger(CommitteeEvents.class);

    private final Database database;
    /** The refusal last recorded for each service, so that a retry refused for the same reason is not. */
    private final Map<Long, String> recordedRefusals = new ConcurrentHashMap<>();

    CommitteeEvents(Database database) {
        this.database = database;
    }

    /** In the transaction that records the committee. */
    void online(Connection connection, CommitteeInfo committee, long serviceId) throws SQLException {
        recordedRefusals.remove(serviceId);
        AuditTrail.record(connection, entry(committee.bundle(), committee.id()).action("online")
                .change(Map.of("online", "false"), Fields.named("online", "true",
                        "bundle", committee.bundle() + " " + committee.bundleVersion())));
    }

    void offline(CommitteeInfo committee, String why) {
        recordAlone(entry(committee.bundle(), committee.id()).action("offline")
                .change(Map.of("online", "true"), Fields.named("online", "false", "reason", why)));
    }

    void refused(long serviceId, Bundle bundle, String reason) {
        if (Objects.equals(recordedRefusals.put(serviceId, reason), reason)) {
            return;
        }
        String bundleName = bundle == null ? "unknown" : bundle.getSymbolicName();
        recordAlone(entry(bundleName, declaredCommittee(bundle)).action("refuse")
                .change(Map.of(), Fields.named("bundle", bundleName + (bundle == null ? "" : " "
                        + bundle.getVersion()), "reason", reason)));
    }

    /** The service is gone: a later service with the same id is a new one. */
    void forget(long serviceId) {
        recordedRefusals.remove(serviceId);
    }

    private static AuditEntry entry(String bundle, String committeeId) {
        return AuditEntry.of("bundle:" + bundle, AuditChannel.BUNDLE).entity(ENTITY, committeeId)
                .committee(committeeId);
    }

    /** The committee a refused bundle declares, when it is a well-formed id; the refusal concerns it. */
    private static String declaredCommittee(Bundle bundle) {
        try {
            String declared = DeclaredCommittee.of(bundle);
            return declared == null ? null : Validation.requireSlug(declared, "id");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private void recordAlone(AuditEntry entry) {
        try {
            database.transaction(connection -> {
                AuditTrail.record(connection, entry);
                return null;
            });
        } catch (UnavailableException e) {
            LOG.warn("Cannot record in the audit trail that committee {} was {} ({}): {}", entry.committeeId(),
                    entry.action(), entry.actor(), e.getMessage());
        }
    }
}
