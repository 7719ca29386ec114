package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Counts changes to anything the plan views show (plans, committees), so that derived views can be cached
 * until the next change, on every node: the count is a row of the database ({@code vbe_generation}) that each
 * write moves on in its own transaction, so the moment a write is committed on one node no node's cache of the
 * older generation is used any more. Where other nodes may write (a database server) every call reads that row,
 * one single-row read by primary key in auto-commit. Where none can (embedded Derby) the count of this process's
 * own commits is the same thing, and a call costs no query: the read of the row was the hottest lock of a cached
 * read on Derby (docs/benchmarks.md, issue 16).
 */
@Component(service = PlanGeneration.class)
public final class PlanGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(PlanGeneration.class);
    /**
     * How far the count jumps when a database arrives or recovers: it may be another database, whose row counts
     * from elsewhere, and no number handed out before may come again for other data.
     */
    private static final long NEW_DATABASE = 1L << 40;

    private final Database database;
    /** The changes this process committed: the generation where no other process changes the database. */
    private final AtomicLong committedHere = new AtomicLong();
    /**
     * Added to either count: the changes of this node that could not be counted in the database because it was
     * away (a configuration change), and the jumps for a database that arrived, so the sum never goes back.
     */
    private final AtomicLong local = new AtomicLong();
    private final Runnable newDatabase = () -> local.addAndGet(NEW_DATABASE);

    @Activate
    public PlanGeneration(@Reference Database database) {
        this.database = database;
        database.whenAvailable(newDatabase);
    }

    @Deactivate
    void deactivate() {
        database.stopNotifying(newDatabase);
    }

    /**
     * The current generation: of every change committed to the database, whichever node made it.
     *
     * @throws UnavailableException if the database is unavailable
     */
    public long current() {
        if (database.changedOnlyHere()) {
            database.requireAvailable();
            return committedHere.get() + local.get();
        }
        return database.read(PlanGeneration::read) + local.get();
    }

    /**
     * Moves the generation on inside a write's transaction, as its last statement (the row stays locked briefly);
     * this process counts it once the transaction has committed, so no view is cached as the new generation
     * before its data can be read.
     */
    public void moveOn(Connection connection) throws SQLException {
        // First, so that a call outside a transaction fails before it writes anything.
        database.afterCommit(committedHere::incrementAndGet);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE vbe_generation SET generation = generation + 1 WHERE id = 1")) {
            update.executeUpdate();
        }
    }

    /** Called after a change that was not itself a database write (a committee went, a setting changed). */
    public void changed() {
        try {
            database.transaction(connection -> {
                moveOn(connection);
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
