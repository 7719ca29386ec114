package se.stockholm.vbe.platform.internal.db;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.UnavailableException;

class DatabaseRecoveryTest {

    @TempDir
    Path directory;

    private Database database;

    @AfterEach
    void stop() {
        database.deactivate();
    }

    @Test
    void aDatabaseThatStopsTakingWritesIsUnavailableUntilAWriteSucceedsAgain() {
        ReadOnlySwitch dataSource = new ReadOnlySwitch(TestDatabase.dataSource(directory));
        database = TestDatabase.unbound();
        database.bindDataSource(dataSource, Map.of("dataSourceName", "test"));
        AtomicInteger availabilities = new AtomicInteger();
        database.whenAvailable(availabilities::incrementAndGet);
        assertNull(database.problem());

        dataSource.readOnly = true;

        UnavailableException refused = assertThrows(UnavailableException.class,
                () -> database.transaction(connection -> connection.createStatement().executeUpdate(
                        "UPDATE " + SchemaMigrator.HISTORY_TABLE + " SET description = description")));
        assertTrue(refused.getMessage().contains("read-only mode"), refused.getMessage());
        assertTrue(refused.getMessage().contains("40XD1"), refused.getMessage());
        assertFalse(database.isAvailable());
        assertTrue(database.problem().contains("recovers by itself"), database.problem());

        dataSource.readOnly = false;

        await().atMost(Duration.ofSeconds(10)).until(database::isAvailable);
        assertNull(database.problem());
        assertEquals(2, availabilities.get());
        assertEquals(1, (int) database.transaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE " + SchemaMigrator.HISTORY_TABLE + " SET description = description WHERE version = 1")));
    }

    @Test
    void theHealthCheckFindsADatabaseThatStillReadsButCannotWrite() {
        ReadOnlySwitch dataSource = new ReadOnlySwitch(TestDatabase.dataSource(directory));
        database = TestDatabase.unbound();
        database.bindDataSource(dataSource, Map.of("dataSourceName", "test"));

        dataSource.readOnly = true;

        assertTrue(database.problem().contains("cannot take writes"), database.problem());
        assertFalse(database.isAvailable());
        dataSource.readOnly = false;
        await().atMost(Duration.ofSeconds(10)).until(database::isAvailable);
    }

    @Test
    void aDatabaseThatCannotBeOpenedAtStartIsRetriedWithoutARestart() {
        ReadOnlySwitch dataSource = new ReadOnlySwitch(TestDatabase.dataSource(directory));
        dataSource.readOnly = true;
        database = TestDatabase.unbound();

        database.bindDataSource(dataSource, Map.of("dataSourceName", "test"));

        assertFalse(database.isAvailable());
        dataSource.readOnly = false;
        await().atMost(Duration.ofSeconds(10)).until(database::isAvailable);
        assertNull(database.problem());
    }

    /** Fails every connection as Derby fails a write to a container it had to open read-only, while switched on. */
    private static final class ReadOnlySwitch implements DataSource {

        private final DataSource derby;
        volatile boolean readOnly;

        ReadOnlySwitch(DataSource derby) {
            this.derby = derby;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (readOnly) {
                throw new SQLException("Container was opened in read-only mode.", "40XD1", 30000);
            }
            return derby.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return derby.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            derby.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            derby.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return derby.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return derby.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return derby.isWrapperFor(type);
        }
    }
}
