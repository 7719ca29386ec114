package se.stockholm.vbe.platform.internal.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded Derby database as an installation of an older version left it: migrated up to, not including, one
 * migration, so a migration test can write the rows of the time and then run the rest.
 */
final class OlderDatabase {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    /** A new database in {@code directory} with every migration before {@code version}. */
    static OlderDatabase before(Path directory, int version) throws SQLException {
        OlderDatabase older = new OlderDatabase();
        older.dataSource.setDatabaseName(directory.resolve("db").toString());
        older.dataSource.setCreateDatabase("create");
        older.migrate(Migrations.ALL.stream().filter(m -> m.version() < version).toList());
        return older;
    }

    /** Runs the remaining migrations, as the new version does when it starts. */
    void migrateToTheLatest() throws SQLException {
        migrate(Migrations.ALL);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Each row of the query as its columns joined by spaces. */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    private void migrate(List<Migration> migrations) throws SQLException {
        new SchemaMigrator(migrations, OlderDatabase.class.getClassLoader()).migrate(dataSource);
    }
}
