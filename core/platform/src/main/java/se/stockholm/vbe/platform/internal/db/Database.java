package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.UnavailableException;

/**
 * The platform's one way into its database. Always registered, so that the platform starts and
 * reports {@code DOWN} when the database cannot be opened; migrates the schema whenever a
 * DataSource arrives. When the database stops taking writes (read-only directory, shut down, unreachable)
 * it is marked unavailable and probed in the background, with backoff, until a real write succeeds.
 */
@Component(service = Database.class, configurationPid = "se.stockholm.vbe.database", immediate = true)
@Designate(ocd = DatabaseConfiguration.class)
public final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final long FIRST_RECOVERY_DELAY_MILLIS = 1000;
    private static final String DERBY_EMBEDDED = "jdbc:derby:";

    /** What the platform knows about its database; replaced as a whole, never changed. */
    private record State(DataSource dataSource, String location, Object poolName, String product, String problem) {

        State withProblem(String newProblem) {
            return new State(dataSource, location, poolName, product, newProblem);
        }
    }

    /** No DataSource: its problem is worked out when asked ({@link DataSourceDiagnosis}), as drivers come and go. */
    private static final State NO_DATA_SOURCE = new State(null, null, null, null, "no DataSource");

    private final SchemaMigrator migrator = new SchemaMigrator(Migrations.ALL, Database.class.getClassLoader());
    private final AtomicReference<State> state = new AtomicReference<>(NO_DATA_SOURCE);
    private final List<Runnable> availabilityListeners = new CopyOnWriteArrayList<>();
    /** What runs once the transaction this thread is in commits ({@link #afterCommit}); unset outside one. */
    private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();
    private final ScheduledExecutorService recovery = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vbe-database-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int healthQueryTimeoutSeconds;
    private volatile int recoveryIntervalSeconds;

    /** Derby's driver, to reboot an embedded database that opened its files read-only; absent with PostgreSQL. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=derby)")
    private volatile DataSourceFactory derby;

    /** Every registered JDBC driver, to name them when the configured one is not among them. */
    @Reference(service = DataSourceFactory.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    private volatile List<ServiceReference<DataSourceFactory>> drivers = List.of();

    /** Where pax-jdbc-config's settings are read, to say why no DataSource came; absent in unit tests. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConfigurationAdmin configurations;

    private volatile String dataSourceTarget;

    @Activate
    public Database(DatabaseConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(DatabaseConfiguration configuration) {
        dataSourceTarget = configuration.dataSource_target();
        healthQueryTimeoutSeconds = configuration.healthQueryTimeoutSeconds();
        recoveryIntervalSeconds = Math.max(1, configuration.recoveryIntervalSeconds());
    }

    @Deactivate
    void deactivate() {
        recovery.shutdownNow();
    }

    @Reference(name = "dataSource", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDataSource(DataSource dataSource, Map<String, Object> properties) {
        State arrived = new State(dataSource, describe(properties), properties.get("hikari.poolName"), null, null);
        try {
            int version = migrator.migrate(dataSource);
            arrived = new State(dataSource, arrived.location(), arrived.poolName(), product(dataSource), null);
            LOG.info("Database {} ({}) is at schema version {}", arrived.location(), arrived.product(), version);
            state.set(arrived);
            notifyAvailable();
        } catch (SQLException | RuntimeException e) {
            State broken = arrived.withProblem("cannot open or migrate the database " + arrived.location() + ": "
                    + reason(e) + ". " + hint(arrived.location()) + "; " + retrying());
            LOG.error(broken.problem(), e);
            state.set(broken);
            scheduleRecovery(broken, FIRST_RECOVERY_DELAY_MILLIS);
        }
    }

    void unbindDataSource(DataSource dataSource) {
        state.updateAndGet(current -> current.dataSource() == dataSource ? NO_DATA_SOURCE : current);
    }

    /**
     * Runs {@code listener} whenever the database becomes usable (a DataSource arrives and is migrated, or a
     * database that failed recovers), and at once if it is usable now, so that work a missing database held
     * up can be caught up with. Recoveries call it on the platform's recovery thread.
     */
    public void whenAvailable(Runnable listener) {
        availabilityListeners.add(listener);
        if (state.get().problem() == null) {
            listener.run();
        }
    }

    public void stopNotifying(Runnable listener) {
        availabilityListeners.remove(listener);
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * @throws UnavailableException if the database is down, read-only or too busy (lock timeout); a database
     *         that cannot take writes is marked unavailable until it recovers
     * @throws InvalidInputException if a value is too long for its column
     * @throws ConflictException if a concurrent change collided with this one
     */
    public <T> T transaction(SqlWork<T> work) {
        State current = state.get();
        List<Runnable> outer = onCommit.get();
        List<Runnable> committed = new ArrayList<>(1);
        onCommit.set(committed);
        try (Connection connection = connection(current)) {
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
            committed.forEach(Database::runCommitted);
            return result;
        } catch (SQLException e) {
            throw refusal(current, e);
        } finally {
            if (outer == null) {
                onCommit.remove();
            } else {
                onCommit.set(outer);
            }
        }
    }

    /** An action after a commit that fails is logged: the write stands, and the other actions still run. */
    private static void runCommitted(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("An action after a committed write failed; the write stands", e);
        }
    }

    /**
     * Runs {@code action} on this thread once the transaction it is in ({@link #transaction}) has committed, and
     * not at all if it rolls back: for what must not be seen before the data is (an in-memory count of changes).
     *
     * @throws IllegalStateException if this thread is not in a transaction
     */
    public void afterCommit(Runnable action) {
        List<Runnable> committed = onCommit.get();
        if (committed == null) {
            throw new IllegalStateException("afterCommit outside a transaction");
        }
        committed.add(action);
    }

    /**
     * Runs {@code work}, a single read, in auto-commit mode: on a server one round trip instead of two (no
     * {@code COMMIT}). Measured here on PostgreSQL 15 over loopback with the pool: about 21–25 µs for a
     * single-row read by primary key against 54 µs in a transaction. Failures are refused as by
     * {@link #transaction(SqlWork)}.
     */
    public <T> T read(SqlWork<T> work) {
        State current = state.get();
        try (Connection connection = connection(current)) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw refusal(current, e);
        }
    }

    /**
     * The database product and version the DataSource was opened on, e.g. {@code PostgreSQL 15.14}, or
     * {@code null} while none has been opened.
     */
    public String product() {
        return state.get().product();
    }

    /** Whether the database is usable as far as the platform knows (opened, migrated, not failed since); no query. */
    public boolean isAvailable() {
        return state.get().problem() == null;
    }

    /**
     * Whether no other process can change the database, so that every change to it passes through this platform:
     * an embedded Derby, whose directory the one process that boots it locks (or that lives in its memory). A
     * server, PostgreSQL or Derby's network server, may have other nodes writing. No query.
     */
    public boolean changedOnlyHere() {
        String location = state.get().location();
        return location != null && location.startsWith(DERBY_EMBEDDED) && !location.startsWith(DERBY_EMBEDDED + "//");
    }

    /**
     * @throws UnavailableException if the database is not usable as far as the platform knows; no query
     */
    public void requireAvailable() {
        requireAvailable(state.get());
    }

    /**
     * Runs a real query and a write that is rolled back, so that a read-only database is found out too.
     *
     * @return {@code null} when the database answers at the newest schema version and takes writes,
     *         otherwise what is wrong
     */
    public String problem() {
        State current = state.get();
        if (current.problem() != null) {
            return problemOf(current);
        }
        try (Connection connection = current.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                int version = WriteProbe.run(connection, healthQueryTimeoutSeconds);
                return version == migrator.newestVersion() ? null
                        : "the schema is at version " + version + ", expected " + migrator.newestVersion();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            if (SqlFailure.of(e) == SqlFailure.DATABASE_DOWN) {
                return markUnavailable(current, e);
            }
            return "the database " + current.location() + " does not answer: " + reason(e);
        } catch (RuntimeException e) {
            return "the database " + current.location() + " does not answer: " + reason(e);
        }
    }

    private void requireAvailable(State current) {
        if (current.problem() != null) {
            throw new UnavailableException(problemOf(current));
        }
    }

    private Connection connection(State current) {
        requireAvailable(current);
        try {
            Connection connection = current.dataSource().getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            if (SqlFailure.of(e) == SqlFailure.DATABASE_DOWN) {
                throw new UnavailableException(markUnavailable(current, e));
            }
            throw new UnavailableException("cannot connect to the database " + current.location()
                    + ": " + reason(e) + "; try again");
        }
    }

    private RuntimeException refusal(State current, SQLException e) {
        return switch (SqlFailure.of(e)) {
            case VALUE_TOO_LONG -> new InvalidInputException("body", "a value is longer than the database can store");
            case COLLISION -> new ConflictException(
                    "the change collided with another one made at the same time; try again");
            case BUSY -> new UnavailableException("the database is busy (" + e.getMessage() + "); try again");
            case DATABASE_DOWN -> new UnavailableException(markUnavailable(current, e));
            case OTHER -> {
                LOG.error("Database error on {} (SQLState {})", current.location(), e.getSQLState(), e);
                yield new UnavailableException("the database could not complete the request: " + reason(e)
                        + "; try again");
            }
        };
    }

    /**
     * Marks the database unavailable because of {@code failure}, unless another thread did first, and starts
     * probing it.
     *
     * @return what is wrong, for health and the client
     */
    private String markUnavailable(State seen, SQLException failure) {
        State broken = seen.withProblem("the database " + seen.location() + " cannot take writes: "
                + reason(failure) + "; " + retrying());
        if (seen.problem() == null && state.compareAndSet(seen, broken)) {
            LOG.error("{}", broken.problem(), failure);
            scheduleRecovery(broken, FIRST_RECOVERY_DELAY_MILLIS);
            return broken.problem();
        }
        String now = state.get().problem();
        return now != null ? now : broken.problem();
    }

    private void scheduleRecovery(State broken, long delayMillis) {
        try {
            recovery.schedule(() -> attemptRecovery(broken, delayMillis), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Not probing the database {}: the platform is stopping", broken.location());
        }
    }

    /**
     * One recovery attempt: reboots an embedded Derby (which keeps files it opened read-only so), replaces the
     * pool's connections, migrates, and commits a real write. Only then is the database usable again.
     */
    private void attemptRecovery(State broken, long delayMillis) {
        if (state.get() != broken) {
            return;
        }
        DerbyShutdown.shutDown(derby, broken.location());
        HikariEviction.softEvict(broken.poolName());
        try {
            int version = migrator.migrate(broken.dataSource());
            try (Connection connection = broken.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                WriteProbe.run(connection, healthQueryTimeoutSeconds);
                connection.commit();
            }
            State recovered = new State(broken.dataSource(), broken.location(), broken.poolName(),
                    product(broken.dataSource()), null);
            if (state.compareAndSet(broken, recovered)) {
                LOG.info("Database {} takes writes again, at schema version {}", broken.location(), version);
                notifyAvailable();
            }
        } catch (SQLException | RuntimeException e) {
            State still = broken.withProblem("the database " + broken.location() + " is still unavailable: "
                    + reason(e) + "; " + retrying());
            if (state.compareAndSet(broken, still)) {
                LOG.debug("Database {} not recovered yet", broken.location(), e);
                scheduleRecovery(still, Math.min(delayMillis * 2, recoveryIntervalSeconds * 1000L));
            }
        }
    }

    private String problemOf(State current) {
        return current == NO_DATA_SOURCE
                ? DataSourceDiagnosis.problem(configurations, dataSourceTarget, drivers)
                : current.problem();
    }

    private static String product(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    /** What to check when a database cannot be opened: a directory for embedded Derby, the settings for a server. */
    private static String hint(String location) {
        return location != null && DerbyShutdown.shutdownUrl(location).isPresent()
                ? "Check that the directory is writable and not used by another process"
                : "Check url, user and password in " + DataSourceDiagnosis.CONFIG_FILE + " and that the server runs";
    }

    private void notifyAvailable() {
        for (Runnable listener : availabilityListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("A listener for the database's availability failed", e);
            }
        }
    }

    private String retrying() {
        return "the platform checks it again at least every " + recoveryIntervalSeconds
                + " s and recovers by itself once it can write";
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String describe(Map<String, Object> properties) {
        Object url = properties.get("url");
        Object name = properties.get("dataSourceName");
        return url != null ? url.toString() : String.valueOf(name);
    }

    private static String reason(Throwable e) {
        String state = e instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQLState " + sql.getSQLState() + ")" : "";
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || String.valueOf(e.getMessage()).contains(String.valueOf(root.getMessage()))
                ? e.getMessage() + state
                : e.getMessage() + state + " (" + root.getMessage() + ")";
    }
}
