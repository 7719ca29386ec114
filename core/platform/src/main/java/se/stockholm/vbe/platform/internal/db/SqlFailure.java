package se.stockholm.vbe.platform.internal.db;

import java.sql.SQLException;
import java.util.List;

/**
 * What a failed statement says: the client's fault, a collision worth retrying, or a database that cannot
 * take writes at all. Standard SQLStates, Derby's own ({@code X…}) and PostgreSQL's, so that either can
 * back the platform.
 */
enum SqlFailure {

    /** A value longer than its column (22001): the client's input, 422. */
    VALUE_TOO_LONG,
    /** A unique or foreign key violated by a concurrent change (23505, 23503): 409, try again. */
    COLLISION,
    /** A deadlock, lock timeout or cancelled statement: the database is fine but busy, 503. */
    BUSY,
    /**
     * The database cannot serve writes: it is read-only, shut down, unreachable or failing on disk. The
     * platform marks it unavailable and probes it until it recovers.
     */
    DATABASE_DOWN,
    /** Anything else: not the client's doing, 503, logged with its stack trace. */
    OTHER;

    /**
     * Derby's {@code ExceptionSeverity.DATABASE_SEVERITY}, carried as the error code: at or above it Derby has
     * shut the database (or the whole system) down.
     */
    static final int DERBY_DATABASE_SEVERITY = 45000;

    /** SQLState prefixes that mean the database, not the statement, is broken. */
    private static final List<String> DATABASE_DOWN_STATES = List.of(
            "08",     // connection exception; Derby's 08006 "database shut down", 08003 "no current connection"
            "25502",  // Derby: a data change is not permitted for a read-only connection or database
            "25503",  // Derby: DDL is not permitted for a read-only connection or database
            "25505",  // Derby: a read-only database cannot leave read-only mode (the pool's setReadOnly(false))
            "25006",  // PostgreSQL: read-only transaction (e.g. a hot standby)
            "28",     // invalid authorization: PostgreSQL's 28P01 wrong password, 28000 no such role or no access
            "3D000",  // PostgreSQL: the database named in the URL does not exist
            "40XD",   // Derby: container closed (40XD0), opened read-only (40XD1), vanished (40XD2)
            "XJ004",  // Derby: database not found
            "XJ040",  // Derby: failed to start the database
            "XJ015",  // Derby: the Derby system was shut down
            "XSDB",   // Derby: raw store corruption or I/O
            "XSDF",   // Derby: data file I/O
            "XSDG",   // Derby: page could not be read or written
            "XSLA",   // Derby: transaction log cannot be written or read
            "XSLB",   // Derby: log scan failures
            "53",     // PostgreSQL: insufficient resources (53100 disk full)
            "57P",    // PostgreSQL: server shutting down or not accepting connections
            "58");    // system error, e.g. PostgreSQL's 58030 I/O error

    private static final List<String> BUSY_STATES = List.of(
            "40",     // transaction rollback: deadlock 40001, Derby lock timeout 40XL1/40XL2, PostgreSQL 40P01
            "55P03",  // PostgreSQL: lock not available
            "57014"); // statement cancelled, e.g. by the query timeout

    /** Sorts {@code failure} and the exceptions chained to it (Derby chains the cause of a shutdown). */
    static SqlFailure of(SQLException failure) {
        for (SQLException link = failure; link != null; link = link.getNextException()) {
            if (isDatabaseLevel(link)) {
                return DATABASE_DOWN;
            }
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isDatabaseLevel(sql)) {
                return DATABASE_DOWN;
            }
        }
        String state = stateOf(failure);
        if (state.equals("22001")) {
            return VALUE_TOO_LONG;
        }
        if (state.equals("23505") || state.equals("23503")) {
            return COLLISION;
        }
        if (BUSY_STATES.stream().anyMatch(state::startsWith)) {
            return BUSY;
        }
        return OTHER;
    }

    private static boolean isDatabaseLevel(SQLException failure) {
        String state = stateOf(failure);
        // Derby's severities are only trusted on Derby's own SQLStates: other drivers' error codes mean other things.
        boolean derbyState = state.startsWith("X");
        return DATABASE_DOWN_STATES.stream().anyMatch(state::startsWith)
                || derbyState && failure.getErrorCode() >= DERBY_DATABASE_SEVERITY;
    }

    private static String stateOf(SQLException failure) {
        return failure.getSQLState() == null ? "" : failure.getSQLState();
    }
}
