package se.stockholm.vbe.platform.internal.grant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.grant.OrganisationNumbers;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * The city's stop list in the database; only the coordinator changes it, and every change is audited.
 */
@Component(service = {StopList.class, StopListImpl.class})
public final class StopListImpl implements StopList {

    private static final String ENTITY = "stop-list";
    private static final String COLUMNS = "organisation_number, name, reason, decision_reference, added_at, added_by";

    private final Database database;

    @Activate
    public StopListImpl(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<StopListEntry> entries(Actor actor) {
        requireCoordinator(actor);
        return database.transaction(connection -> select(connection, null, 0));
    }

    @Override
    public Page<StopListEntry> entries(String after, int limit, Actor actor) {
        requireCoordinator(actor);
        int size = Page.limit(limit);
        return database.transaction(connection -> Page.of(select(connection, after, size + 1), size,
                StopListEntry::organisationNumber));
    }

    /** Entries in order of organisation number after {@code after} (all if {@code null}), at most {@code maxRows}. */
    private static List<StopListEntry> select(Connection connection, String after, int maxRows) throws SQLException {
        String sql = after == null
                ? "SELECT " + COLUMNS + " FROM stop_list ORDER BY organisation_number"
                : "SELECT " + COLUMNS + " FROM stop_list WHERE organisation_number > ? ORDER BY organisation_number";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setMaxRows(maxRows);
            if (after != null) {
                query.setString(1, after);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<StopListEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(entry(rows));
                }
                return entries;
            }
        }
    }

    @Override
    public Optional<StopListEntry> find(String organisationNumber) {
        String number = normalised(organisationNumber);
        return database.transaction(connection -> find(connection, number));
    }

    @Override
    public StopListEntry add(StopListEntry entry, Actor actor) {
        requireCoordinator(actor);
        PersonalDataGuard.check(entry);
        return database.transaction(connection -> {
            if (find(connection, entry.organisationNumber()).isPresent()) {
                throw new ConflictException("organisation " + entry.organisationNumber() + " is already on the stop list");
            }
            return insert(connection, entry, actor.displayName(), null);
        });
    }

    /** Adds the organisation within the caller's transaction unless it is already listed. */
    StopListEntry addIfAbsent(Connection connection, StopListEntry entry, String actor, String committeeId)
            throws SQLException {
        Optional<StopListEntry> listed = find(connection, entry.organisationNumber());
        return listed.isPresent() ? listed.get() : insert(connection, entry, actor, committeeId);
    }

    @Override
    public void remove(String organisationNumber, Actor actor) {
        requireCoordinator(actor);
        String number = normalised(organisationNumber);
        database.transaction(connection -> {
            Optional<StopListEntry> listed = find(connection, number);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM stop_list WHERE organisation_number = ?")) {
                delete.setString(1, number);
                if (delete.executeUpdate() == 0) {
                    throw new NotFoundException("organisation " + number + " is not on the stop list");
                }
            }
            AuditTrail.record(connection, AuditEntry.of(actor).action("remove").entity(ENTITY, number)
                    .change(listed.map(StopListImpl::fields).orElse(Map.of()), Map.of()));
            return null;
        });
    }

    private static StopListEntry insert(Connection connection, StopListEntry entry, String actor, String committeeId)
            throws SQLException {
        Instant now = StoredTime.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stop_list (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.organisationNumber());
            insert.setString(2, entry.name());
            insert.setString(3, entry.reason());
            insert.setString(4, entry.decisionReference());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setString(6, actor);
            insert.executeUpdate();
        }
        StopListEntry added = new StopListEntry(entry.organisationNumber(), entry.name(), entry.reason(),
                entry.decisionReference(), now, actor);
        AuditTrail.record(connection, AuditEntry.of(actor).action("add").entity(ENTITY, entry.organisationNumber())
                .committee(committeeId).change(Map.of(), fields(added)));
        return added;
    }

    /** What the trail shows of an entry: who added it and when are the entry's own audit fields. */
    private static Map<String, String> fields(StopListEntry entry) {
        return Fields.of(entry, Set.of("addedAt", "addedBy"));
    }

    private static Optional<StopListEntry> find(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM stop_list WHERE organisation_number = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    private static StopListEntry entry(ResultSet rows) throws SQLException {
        return new StopListEntry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getTimestamp(5).toInstant(), rows.getString(6));
    }

    /** A number from a path or a caller, checked: a wrong one is the caller's error (422), not ours. */
    private static String normalised(String organisationNumber) {
        try {
            return OrganisationNumbers.normalise(organisationNumber);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("organisationNumber", e.getMessage());
        }
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("the stop list is kept by the coordinator");
        }
    }
}
