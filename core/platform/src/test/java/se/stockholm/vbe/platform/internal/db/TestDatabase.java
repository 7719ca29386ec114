package se.stockholm.vbe.platform.internal.db;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

import se.stockholm.vbe.api.committee.CommitteeKind;

/**
 * A migrated platform database in a real embedded Derby under a test's temporary directory.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database derby(Path directory) {
        return derby(directory, UnaryOperator.identity());
    }

    /** The database on a DataSource seen through {@code wrap}, e.g. one that makes some statements fail. */
    public static Database derby(Path directory, UnaryOperator<DataSource> wrap) {
        return bound(wrap.apply(dataSource(directory)), Map.of("dataSourceName", "test"));
    }

    /**
     * The database as the platform's default configuration gives it: embedded Derby named by its URL, which no
     * other process can change. ({@link #derby(Path)} is named like a server's, so that two instances of it act
     * as two nodes.)
     */
    public static Database embeddedDerby(Path directory) {
        return bound(dataSource(directory), embedded(directory));
    }

    /** Gives {@code database} another embedded Derby, as a changed configuration of the platform's DataSource does. */
    public static void switchToEmbeddedDerby(Database database, Path directory) {
        database.bindDataSource(dataSource(directory), embedded(directory));
    }

    private static Map<String, Object> embedded(Path directory) {
        return Map.of("dataSourceName", "test", "url", "jdbc:derby:" + directory.resolve("derby"));
    }

    private static Database bound(DataSource dataSource, Map<String, Object> properties) {
        Database database = unbound();
        database.bindDataSource(dataSource, properties);
        if (database.problem() != null) {
            throw new IllegalStateException(database.problem());
        }
        return database;
    }

    /** Records a committee as if its bundle had been seen, named by its id. */
    public static void committee(Database database, String id, CommitteeKind kind) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee (id, name, kind, "
                    + "first_seen, last_seen) VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setString(3, kind.name());
                insert.executeUpdate();
            }
            return null;
        });
    }

    static EmbeddedDataSource dataSource(Path directory) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("derby").toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /** A Database without a DataSource, trying to recover at least every second. */
    static Database unbound() {
        return new Database(new DatabaseConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfiguration.class;
            }

            @Override
            public String dataSource_target() {
                return "(dataSourceName=vbe)";
            }

            @Override
            public int healthQueryTimeoutSeconds() {
                return 3;
            }

            @Override
            public int recoveryIntervalSeconds() {
                return 1;
            }
        });
    }
}
