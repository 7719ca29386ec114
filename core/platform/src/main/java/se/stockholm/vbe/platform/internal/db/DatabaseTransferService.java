package se.stockholm.vbe.platform.internal.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.database.DatabaseTransfer;
import se.stockholm.vbe.api.database.TransferSummary;

/**
 * Moves the platform's data to another database: an export of the database the platform runs on, and an import
 * into an empty PostgreSQL database given by its URL, before the platform is switched to it.
 */
@Component(service = DatabaseTransfer.class)
public final class DatabaseTransferService implements DatabaseTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTransferService.class);

    private final Database database;
    private final SchemaMigrator migrator = new SchemaMigrator(Migrations.ALL, Database.class.getClassLoader());

    /** The registered JDBC drivers; the one that accepts the target's URL opens it. */
    @Reference(service = DataSourceFactory.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    private volatile List<DataSourceFactory> drivers = List.of();

    @Activate
    public DatabaseTransferService(@Reference Database database) {
        this.database = database;
    }

    /** For tests: the drivers that may open a target. */
    DatabaseTransferService(Database database, List<DataSourceFactory> drivers) {
        this(database);
        this.drivers = List.copyOf(drivers);
    }

    @Override
    public TransferSummary exportTo(Path file, Actor actor) {
        requireCoordinator(actor);
        Path created;
        try {
            created = createPrivate(file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot write " + file + ": " + e);
        }
        try (Writer out = Files.newBufferedWriter(created, StandardCharsets.UTF_8)) {
            TransferSummary summary = database.transaction(connection -> {
                // One snapshot of every table (PostgreSQL) or read locks held to the end (Derby).
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                int version;
                try (Statement statement = connection.createStatement()) {
                    version = SchemaMigrator.currentVersion(statement);
                }
                return new TransferSummary(version, TableDump.write(connection, version, database.product(), out));
            });
            LOG.info("{} exported {} rows at schema version {} to {}", actor.displayName(), summary.total(),
                    summary.schemaVersion(), file);
            return summary;
        } catch (IOException | UncheckedIOException e) {
            deleteHalfWritten(created);
            throw new InvalidInputException("file", "cannot write " + file + ": " + e);
        } catch (RuntimeException e) {
            deleteHalfWritten(created);
            throw e;
        }
    }

    private static void deleteHalfWritten(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the incomplete export {}: {}", file, e.toString());
        }
    }

    @Override
    public TransferSummary importInto(Path file, String url, String user, String password, Actor actor) {
        requireCoordinator(actor);
        DataSource target = open(url, user, password);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            requirePostgreSql(target, url);
            int version = migrator.migrate(target);
            try (Connection connection = target.getConnection()) {
                connection.setAutoCommit(false);
                requireEmpty(connection, url);
                Map<String, Integer> rows = TableDump.read(in, connection, version);
                connection.commit();
                TransferSummary summary = new TransferSummary(version, rows);
                LOG.info("{} imported {} rows at schema version {} from {} into {}", actor.displayName(),
                        summary.total(), version, file, url);
                return summary;
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + ": " + e);
        } catch (SQLException e) {
            throw new InvalidInputException("url", "cannot import into " + url + ": " + e.getMessage()
                    + " (SQLState " + e.getSQLState() + "); nothing was imported");
        }
    }

    private DataSource open(String url, String user, String password) {
        for (DataSourceFactory factory : drivers) {
            try {
                if (factory.createDriver(null).acceptsURL(url)) {
                    Properties properties = new Properties();
                    properties.setProperty(DataSourceFactory.JDBC_URL, url);
                    if (user != null) {
                        properties.setProperty(DataSourceFactory.JDBC_USER, user);
                    }
                    if (password != null) {
                        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
                    }
                    return factory.createDataSource(properties);
                }
            } catch (SQLException e) {
                throw new InvalidInputException("url", "cannot open " + url + ": " + e.getMessage());
            }
        }
        throw new InvalidInputException("url", "no installed JDBC driver accepts " + url);
    }

    private static void requirePostgreSql(DataSource target, String url) throws SQLException {
        try (Connection connection = target.getConnection()) {
            if (Dialect.of(connection.getMetaData()) != Dialect.POSTGRESQL) {
                // Derby cannot take the ids of GENERATED ALWAYS identity columns, so the rows would get new ones.
                throw new InvalidInputException("url", "imports go into PostgreSQL, not into "
                        + connection.getMetaData().getDatabaseProductName() + " (" + url + ")");
            }
        }
    }

    private static void requireEmpty(Connection connection, String url) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TableDump.TABLES) {
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        throw new InvalidInputException("url", url + " is not empty (" + table + " has "
                                + rows.getLong(1) + " rows): import only into a new database");
                    }
                }
            }
        }
    }

    private static Path createPrivate(Path file) throws IOException {
        try {
            return Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("file", file + " exists already: the export writes a new file");
        } catch (UnsupportedOperationException e) {
            return Files.write(file, new byte[0], StandardOpenOption.CREATE_NEW);
        }
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator may export or import the database");
        }
    }
}
