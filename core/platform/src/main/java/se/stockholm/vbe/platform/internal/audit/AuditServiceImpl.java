package se.stockholm.vbe.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.audit.AuditChannel;
import se.stockholm.vbe.api.audit.AuditPage;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.api.audit.AuditService;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Reads the audit trail newest first, a page per query, with keyset pagination on the entry id: a page deep in
 * costs what the first one does, and entries written meanwhile neither repeat nor hide others.
 */
@Component(service = AuditService.class)
public final class AuditServiceImpl implements AuditService {

    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final String COLUMNS = "id, occurred_at, actor, channel, action, entity_type, entity_id, "
            + "committee_id, plan_year, change_text, confidential";

    private final Database database;

    @Activate
    public AuditServiceImpl(@Reference Database database) {
        this.database = database;
    }

    @Override
    public AuditPage entries(AuditQuery query, Actor actor) {
        int limit = limit(query.limit());
        AuditSql sql = new AuditSql("SELECT " + COLUMNS + " FROM audit_entry");
        readable(query.committeeId(), actor).ifPresent(committees -> sql.whereIn("committee_id", committees));
        sql.where("committee_id = ?", query.committeeId());
        entity(query.entity(), sql);
        sql.where("actor = ?", query.user());
        sql.where("occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        sql.where("occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        String filters = String.join("|", String.valueOf(query.committeeId()), String.valueOf(query.entity()),
                String.valueOf(query.user()), String.valueOf(query.from()), String.valueOf(query.to()));
        if (query.cursor() != null) {
            sql.where("id < ?", AuditCursor.decode(query.cursor(), filters));
        }
        sql.orderAndLimit(" ORDER BY id DESC FETCH FIRST ? ROWS ONLY", limit + 1);
        List<AuditRecord> rows = database.transaction(connection -> select(connection, sql, actor));
        if (rows.size() <= limit) {
            return new AuditPage(rows, null);
        }
        List<AuditRecord> page = rows.subList(0, limit);
        return new AuditPage(page, AuditCursor.encode(page.get(limit - 1).id(), filters));
    }

    /**
     * The committees whose entries the actor may read when not all: an editor's own. Empty when all (the
     * coordinator and {@code reader}, who may also read every committee's confidential content).
     */
    private static Optional<Set<String>> readable(String committeeId, Actor actor) {
        if (actor.isAnonymous()) {
            throw new AccessDeniedException("the audit trail needs a signed-in user");
        }
        if (actor.isCoordinator() || actor.hasRole(Actor.READER)) {
            return Optional.empty();
        }
        Set<String> own = new TreeSet<>();
        actor.roles().stream().filter(role -> role.startsWith(Actor.EDITOR_PREFIX))
                .forEach(role -> own.add(role.substring(Actor.EDITOR_PREFIX.length())));
        if (own.isEmpty()) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not read the audit trail (needs "
                    + "the role coordinator, reader or editor.<committee>)");
        }
        if (committeeId != null && !own.contains(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may read the audit trail of " + own
                    + " only, not of " + committeeId);
        }
        return Optional.of(own);
    }

    /** {@code plan} (every plan) or {@code plan:alvsjo/2020} (that one). */
    private static void entity(String entity, AuditSql sql) {
        if (entity == null) {
            return;
        }
        int colon = entity.indexOf(':');
        String type = colon < 0 ? entity : entity.substring(0, colon);
        if (!ENTITY_TYPE.matcher(type).matches() || colon == entity.length() - 1) {
            throw new InvalidInputException("entity", "must be a type such as plan, or a type and id such as "
                    + "plan:alvsjo/2020 (was " + entity + ")");
        }
        sql.where("entity_type = ?", type);
        sql.where("entity_id = ?", colon < 0 ? null : entity.substring(colon + 1));
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        return limit;
    }

    private static List<AuditRecord> select(Connection connection, AuditSql sql, Actor actor) throws SQLException {
        try (PreparedStatement query = sql.prepare(connection); ResultSet rows = query.executeQuery()) {
            List<AuditRecord> records = new ArrayList<>();
            while (rows.next()) {
                String committeeId = rows.getString(8);
                int year = rows.getInt(9);
                Integer planYear = rows.wasNull() ? null : year;
                boolean confidential = rows.getBoolean(11);
                boolean withheld = confidential && !mayReadConfidential(actor, committeeId);
                records.add(new AuditRecord(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                        AuditChannel.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                        rows.getString(7), committeeId, planYear, withheld ? null : rows.getString(10), confidential,
                        withheld));
            }
            return records;
        }
    }

    /**
     * Who may read a committee's confidential content: its editors, the coordinator and {@code reader}; for
     * city-wide entries the coordinator and {@code reader}.
     */
    static boolean mayReadConfidential(Actor actor, String committeeId) {
        return actor.isCoordinator() || actor.hasRole(Actor.READER)
                || committeeId != null && actor.hasRole(Actor.EDITOR_PREFIX + committeeId);
    }
}
