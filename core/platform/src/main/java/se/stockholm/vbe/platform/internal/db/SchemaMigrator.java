package se.stockholm.vbe.platform.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Brings a database up to the newest schema by running the migrations it has not yet run,
 * each in its own transaction, and recording them in {@code vbe_schema_version}.
 * Portable SQL, so that PostgreSQL can replace Derby by configuration; where a statement cannot be written
 * for both, the migration has a variant for one {@link Dialect} (same version, same description, so the
 * history reads the same on either database).
 */
final class SchemaMigrator {

    static final String HISTORY_TABLE = "VBE_SCHEMA_VERSION";
    /** PostgreSQL advisory lock key of the migrations ("vbe-mig" in ASCII), so nodes never migrate at once. */
    private static final long MIGRATION_LOCK_KEY = 0x7662652d6d6967L;

    private final List<Migration> migrations;
    private final ClassLoader scripts;

    SchemaMigrator(List<Migration> migrations, ClassLoader scripts) {
        this.migrations = List.copyOf(migrations);
        this.scripts = scripts;
    }

    /**
     * Runs the pending migrations.
     *
     * @return the schema version after migrating
     * @throws SQLException if a migration fails; that migration is rolled back, earlier ones stay
     */
    int migrate(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Dialect dialect = Dialect.of(connection.getMetaData());
            if (dialect != Dialect.POSTGRESQL) {
                return migrate(connection, dialect);
            }
            // Two nodes starting together on one server: the second waits, then finds nothing left to run.
            advisoryLock(connection, "SELECT pg_advisory_lock(?)");
            try {
                return migrate(connection, dialect);
            } finally {
                advisoryLock(connection, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private int migrate(Connection connection, Dialect dialect) throws SQLException {
        createHistoryTableIfMissing(connection);
        Set<Integer> applied;
        try (Statement statement = connection.createStatement()) {
            applied = appliedVersions(statement);
        }
        // Every migration not yet recorded, not only those above the newest: parts developed side by side merge
        // with their numbers, and a database that ran a later one first still gets the earlier one.
        for (Migration migration : migrations) {
            if (!applied.contains(migration.version())) {
                apply(connection, migration, dialect);
                applied.add(migration.version());
            }
        }
        connection.commit();
        return applied.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Set<Integer> appliedVersions(Statement statement) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("SELECT version FROM " + HISTORY_TABLE)) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    /** A session-level PostgreSQL advisory lock (held across the migrations' commits) on the platform's key. */
    private static void advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, MIGRATION_LOCK_KEY);
            lock.executeQuery().close();
        }
        connection.commit();
    }

    static int currentVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + HISTORY_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    int newestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    private static void createHistoryTableIfMissing(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? HISTORY_TABLE.toLowerCase(Locale.ROOT) : HISTORY_TABLE;
        try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + HISTORY_TABLE + " ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "installed_on TIMESTAMP NOT NULL)");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private void apply(Connection connection, Migration migration, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(migration, dialect))) {
                statement.executeUpdate(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO " + HISTORY_TABLE + " (version, description, installed_on) VALUES (?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setTimestamp(3, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration " + migration.version() + " (" + migration.description()
                    + ") failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The dialect's variant of the migration's script if it has one ({@code dir/<dialect>/V…}), else the script. */
    private String script(Migration migration, Dialect dialect) {
        String shared = migration.script();
        int slash = shared.lastIndexOf('/');
        String variant = shared.substring(0, slash + 1) + dialect.directory() + "/" + shared.substring(slash + 1);
        return read(scripts.getResource(variant) != null ? variant : shared);
    }

    private static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(trimmed).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private String read(String resource) {
        try (InputStream in = scripts.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the bundle: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
