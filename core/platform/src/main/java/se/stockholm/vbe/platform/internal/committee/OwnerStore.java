package se.stockholm.vbe.platform.internal.committee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.NamedLock;
import se.stockholm.vbe.platform.internal.db.SqlWork;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * Who owns each committee id, in the database: the first bundle to claim an id owns it from then on,
 * whether it is online, stopped or uninstalled. There is no cache, so that every node and every restart
 * sees the same owner.
 */
@Component(service = OwnerStore.class)
public final class OwnerStore {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerStore.class);

    private final Database database;

    @Activate
    public OwnerStore(@Reference Database database) {
        this.database = database;
    }

    /**
     * Claims the id for the bundle: recorded as its owner if the id has none yet.
     *
     * @return the owner, which is {@code bundle} if the claim holds
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot say
     */
    public CommitteeOwnership claim(String committeeId, String bundle) {
        return claimAll(List.of(new Claim(committeeId, bundle))).get(committeeId);
    }

    /** A bundle's claim of a committee id. */
    public record Claim(String committeeId, String bundle) {
    }

    /**
     * Claims each id for its bundle, in one transaction and in order: an id without an owner goes to its first claim.
     *
     * @return the owner of each id claimed
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot say
     */
    public Map<String, CommitteeOwnership> claimAll(List<Claim> claims) {
        SqlWork<Map<String, CommitteeOwnership>> work = connection -> {
            // nodes starting together claim the same id: the second waits, then finds the first one's claim
            NamedLock.COMMITTEES.hold(connection);
            Map<String, CommitteeOwnership> owners = new HashMap<>();
            for (Claim claim : claims) {
                if (!owners.containsKey(claim.committeeId())) {
                    Optional<CommitteeOwnership> owner = find(connection, claim.committeeId());
                    owners.put(claim.committeeId(), owner.isPresent() ? owner.get()
                            : insertClaim(connection, claim.committeeId(), claim.bundle()));
                }
            }
            return owners;
        };
        try {
            return database.transaction(work);
        } catch (ConflictException raced) {
            // another bundle claimed the same new id in the same instant: its claim stands, and is found now
            return database.transaction(work);
        }
    }

    private static CommitteeOwnership insertClaim(Connection connection, String committeeId, String bundle)
            throws SQLException {
        CommitteeOwnership claimed = new CommitteeOwnership(committeeId, bundle, StoredTime.now(), "bundle:" + bundle);
        insert(connection, claimed);
        AuditTrail.record(connection, AuditEntry.of(claimed.assignedBy()).action("claim")
                .entity(CommitteeEvents.ENTITY, committeeId).committee(committeeId)
                .change(Map.of(), Map.of("owner", bundle)));
        LOG.info("Committee id {} now belongs to bundle {}", committeeId, bundle);
        return claimed;
    }

    /**
     * Claims the id for the bundle and refuses the contribution if another bundle owns it.
     *
     * @throws IllegalArgumentException naming the owner
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot say
     */
    public void requireOwner(String committeeId, String bundle) {
        String owner = claim(committeeId, bundle).bundle();
        if (!owner.equals(bundle)) {
            throw notTheOwner(committeeId, owner);
        }
    }

    /** Why a bundle other than the owner may not contribute to the committee. */
    static IllegalArgumentException notTheOwner(String committeeId, String owner) {
        return new IllegalArgumentException("committee id " + committeeId + " belongs to bundle " + owner
                + "; a bundle contributes only to the committee it owns (the coordinator can transfer the id: "
                + "vbe:committee-transfer)");
    }

    public Optional<CommitteeOwnership> owner(String committeeId) {
        return database.transaction(connection -> find(connection, committeeId));
    }

    /** Makes {@code bundle} the owner, recording who did it; the id must have an owner already. */
    public Optional<CommitteeOwnership> transfer(String committeeId, String bundle, String actor) {
        return database.transaction(connection -> {
            Optional<CommitteeOwnership> before = find(connection, committeeId);
            if (before.isEmpty()) {
                return before;
            }
            CommitteeOwnership after = new CommitteeOwnership(committeeId, bundle, StoredTime.now(), actor);
            try (PreparedStatement update = connection.prepareStatement("UPDATE committee_owner SET bundle = ?, "
                    + "since = ?, assigned_by = ? WHERE committee_id = ?")) {
                update.setString(1, after.bundle());
                update.setTimestamp(2, Timestamp.from(after.since()));
                update.setString(3, after.assignedBy());
                update.setString(4, committeeId);
                update.executeUpdate();
            }
            AuditTrail.record(connection, AuditEntry.of(actor).action("transfer")
                    .entity(CommitteeEvents.ENTITY, committeeId).committee(committeeId)
                    .change(Map.of("owner", before.get().bundle()), Map.of("owner", bundle)));
            return Optional.of(after);
        });
    }

    private static Optional<CommitteeOwnership> find(Connection connection, String committeeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT bundle, since, assigned_by "
                + "FROM committee_owner WHERE committee_id = ?")) {
            query.setString(1, committeeId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new CommitteeOwnership(committeeId, rows.getString(1),
                        rows.getTimestamp(2).toInstant(), rows.getString(3))) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, CommitteeOwnership owner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_owner (committee_id, "
                + "bundle, since, assigned_by) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, owner.committeeId());
            insert.setString(2, owner.bundle());
            insert.setTimestamp(3, Timestamp.from(owner.since()));
            insert.setString(4, owner.assignedBy());
            insert.executeUpdate();
        }
    }
}
