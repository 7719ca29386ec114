package se.stockholm.vbe.platform.internal.db;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A migrated platform database in a real embedded Derby under a test's temporary directory.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database derby(Path directory) {
        Database database = unbound();
        database.bindDataSource(dataSource(directory), Map.of("dataSourceName", "test"));
        if (database.problem() != null) {
            throw new IllegalStateException(database.problem());
        }
        return database;
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
