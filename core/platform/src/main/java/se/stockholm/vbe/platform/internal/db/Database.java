package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.UnavailableException;

/**
 * The platform's one way into its database. Always registered, so that the platform starts and
 * reports {@code DOWN} when the database cannot be opened; migrates the schema whenever a
 * DataSource arrives.
 */
@Component(service = Database.class, configurationPid = "se.stockholm.vbe.database", immediate = true)
@Designate(ocd = DatabaseConfiguration.class)
public final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** What the platform knows about its database; replaced as a whole, never changed. */
    private record State(DataSource dataSource, String location, String problem) {
    }

    private static final State NO_DATA_SOURCE = new State(null, null,
            "no DataSource is registered: check etc/org.ops4j.datasource-vbe.cfg and the pax-jdbc features");

    private final SchemaMigrator migrator = new SchemaMigrator(Migrations.ALL, Database.class.getClassLoader());
    private volatile State state = NO_DATA_SOURCE;
    private final List<Runnable> availabilityListeners = new CopyOnWriteArrayList<>();
    private volatile int healthQueryTimeoutSeconds;

    @Activate
    public Database(DatabaseConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(DatabaseConfiguration configuration) {
        healthQueryTimeoutSeconds = configuration.healthQueryTimeoutSeconds();
    }

    @Reference(name = "dataSource", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDataSource(DataSource dataSource, Map<String, Object> properties) {
        String location = describe(properties);
        try {
            int version = migrator.migrate(dataSource);
            LOG.info("Database {} is at schema version {}", location, version);
            state = new State(dataSource, location, null);
            availabilityListeners.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            String problem = "cannot open or migrate the database " + location + ": " + rootMessage(e)
                    + ". Check that the directory is writable and not used by another process, then restart.";
            LOG.error(problem, e);
            state = new State(dataSource, location, problem);
        }
    }

    void unbindDataSource(DataSource dataSource) {
        if (state.dataSource() == dataSource) {
            state = NO_DATA_SOURCE;
        }
    }

    /**
     * Runs {@code listener} whenever the database becomes usable (a DataSource arrives and is migrated),
     * and at once if it is usable now, so that work a missing database held up can be caught up with.
     */
    public void whenAvailable(Runnable listener) {
        availabilityListeners.add(listener);
        if (state.problem() == null) {
            listener.run();
        }
    }

    public void stopNotifying(Runnable listener) {
        availabilityListeners.remove(listener);
    }

    /**
     * A connection with auto-commit off; the caller commits or rolls back and closes it.
     *
     * @throws UnavailableException if there is no usable database
     */
    Connection connection() {
        State current = state;
        if (current.problem() != null) {
            throw new UnavailableException(current.problem());
        }
        try {
            Connection connection = current.dataSource().getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new UnavailableException("cannot connect to the database " + current.location()
                    + ": " + rootMessage(e));
        }
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * @throws se.stockholm.vbe.api.UnavailableException if the database is down or too busy (lock timeout)
     */
    public <T> T transaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("40")) {
                throw new UnavailableException("the database is busy (" + e.getMessage() + "); try again");
            }
            if (state.equals("22001")) {
                throw new InvalidInputException("body", "a value is longer than the database can store");
            }
            if (state.equals("23505") || state.equals("23503")) {
                throw new ConflictException("the change collided with another one made at the same time; try again");
            }
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }

    /** Whether the last DataSource to arrive was opened and migrated; no query. */
    public boolean isAvailable() {
        return state.problem() == null;
    }

    /**
     * Runs a real query against the database.
     *
     * @return {@code null} when the database answers at the newest schema version, otherwise what is wrong
     */
    public String problem() {
        State current = state;
        if (current.problem() != null) {
            return current.problem();
        }
        try (Connection connection = current.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(healthQueryTimeoutSeconds);
            int version = SchemaMigrator.currentVersion(statement);
            return version == migrator.newestVersion() ? null
                    : "the schema is at version " + version + ", expected " + migrator.newestVersion();
        } catch (SQLException | RuntimeException e) {
            return "the database " + current.location() + " does not answer: " + rootMessage(e);
        }
    }

    private static String describe(Map<String, Object> properties) {
        Object url = properties.get("url");
        Object name = properties.get("dataSourceName");
        return url != null ? url.toString() : String.valueOf(name);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
