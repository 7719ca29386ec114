package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Counts changes to anything the plan views show (plans, committees), so that derived views can be cached
 * until the next change, on every node: the count is a row of the database ({@code vbe_generation}) that each
 * write moves on in its own transaction, so the moment a write is committed on one node no node's cache of the
 * older generation is used any more. Reading it is one single-row read by primary key per call.
 */
@Component(service = PlanGeneration.class)
public final class PlanGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(PlanGeneration.class);

    private final Database database;
    /**
     * Changes of this node alone that could not be counted in the database because it was away (a
     * configuration change): added to the database's count, so the sum still moves on and never goes back.
     */
    private final AtomicLong local = new AtomicLong();

    @Activate
    public PlanGeneration(@Reference Database database) {
        this.database = database;
    }

    /**
     * The current generation, as committed in the database.
     *
     * @throws UnavailableException if the database cannot be read
     */
    public long current() {
        return database.transaction(PlanGeneration::read) + local.get();
    }

    /** Moves the generation on inside a write's transaction, as its last statement (the row stays locked briefly). */
    public static void bump(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE vbe_generation SET generation = generation + 1 WHERE id = 1")) {
            update.executeUpdate();
        }
    }

    /** Called after a change that was not itself a database write (a committee went, a setting changed). */
    public void changed() {
        try {
            database.transaction(connection -> {
                bump(connection);
                return null;
            });
        } catch (UnavailableException e) {
            local.incrementAndGet();
            LOG.debug("Counted a change on this node only, the database is away: {}", e.getMessage());
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT generation FROM vbe_generation WHERE id = 1");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the row of vbe_generation is missing (migration 8)");
            }
            return rows.getLong(1);
        }
    }
}
