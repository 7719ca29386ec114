package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class SqlFailureTest {

    private static final int STATEMENT_SEVERITY = 20000;
    private static final int TRANSACTION_SEVERITY = 30000;

    @Test
    void aValueTooLongIsTheClientsInput() {
        assertEquals(SqlFailure.VALUE_TOO_LONG, SqlFailure.of(derby("22001", STATEMENT_SEVERITY)));
    }

    @Test
    void aViolatedKeyIsACollisionWithAConcurrentChange() {
        assertEquals(SqlFailure.COLLISION, SqlFailure.of(derby("23505", STATEMENT_SEVERITY)));
        assertEquals(SqlFailure.COLLISION, SqlFailure.of(derby("23503", STATEMENT_SEVERITY)));
    }

    @Test
    void deadlocksLockTimeoutsAndCancelledStatementsMeanBusy() {
        assertEquals(SqlFailure.BUSY, SqlFailure.of(derby("40001", TRANSACTION_SEVERITY)));
        assertEquals(SqlFailure.BUSY, SqlFailure.of(derby("40XL1", TRANSACTION_SEVERITY)));
        assertEquals(SqlFailure.BUSY, SqlFailure.of(new SQLException("deadlock detected", "40P01")));
        assertEquals(SqlFailure.BUSY, SqlFailure.of(new SQLException("canceling statement", "57014")));
    }

    @Test
    void aContainerDerbyOpenedReadOnlyMeansTheDatabaseIsDownNotBusy() {
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("40XD1", TRANSACTION_SEVERITY)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("40XD0", TRANSACTION_SEVERITY)));
    }

    @Test
    void aReadOnlyDatabaseIsDown() {
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("25502", STATEMENT_SEVERITY)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("25505", STATEMENT_SEVERITY)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(new SQLException("read-only transaction", "25006")));
    }

    @Test
    void aDerbyErrorOfDatabaseSeverityIsDownWhateverItsState() {
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("XSDG1", SqlFailure.DERBY_DATABASE_SEVERITY)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("XYZ99", 50000)));
    }

    @Test
    void anotherDriversLargeErrorCodeIsNotTakenForDerbysSeverity() {
        assertEquals(SqlFailure.OTHER, SqlFailure.of(new SQLException("no such column", "42703", 60000)));
    }

    @Test
    void aLostConnectionOrAShutDownDatabaseIsDown() {
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("08006", SqlFailure.DERBY_DATABASE_SEVERITY)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("08003", 40000)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(derby("XJ040", 40000)));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(new SQLException("terminating connection", "57P01")));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(new SQLException("could not write block", "58030")));
        assertEquals(SqlFailure.DATABASE_DOWN,
                SqlFailure.of(new SQLException("password authentication failed for user \"vbe\"", "28P01")));
        assertEquals(SqlFailure.DATABASE_DOWN,
                SqlFailure.of(new SQLException("database \"vbe\" does not exist", "3D000")));
    }

    @Test
    void theCauseDerbyChainsBehindAStatementErrorCounts() {
        SQLException statement = derby("XJ001", 0);
        statement.setNextException(derby("XSDG1", SqlFailure.DERBY_DATABASE_SEVERITY));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(statement));

        SQLException pool = new SQLTransientConnectionException("vbe - Connection is not available",
                derby("25505", STATEMENT_SEVERITY));
        assertEquals(SqlFailure.DATABASE_DOWN, SqlFailure.of(pool));
    }

    @Test
    void aPoolTimeoutWithoutAFailedConnectionIsNotTakenForADownDatabase() {
        assertEquals(SqlFailure.OTHER,
                SqlFailure.of(new SQLTransientConnectionException("vbe - Connection is not available")));
    }

    @Test
    void aBugInTheSqlIsNeitherTheClientsNorADownDatabase() {
        assertEquals(SqlFailure.OTHER, SqlFailure.of(derby("42X05", STATEMENT_SEVERITY)));
        assertEquals(SqlFailure.OTHER, SqlFailure.of(new SQLException("no state")));
    }

    private static SQLException derby(String state, int severity) {
        return new SQLException("Derby says " + state, state, severity);
    }
}
