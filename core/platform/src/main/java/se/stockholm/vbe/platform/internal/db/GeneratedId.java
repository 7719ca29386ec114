package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Inserts into a table whose key {@code id} the database generates, and reads the key back. Named by column,
 * so that PostgreSQL returns the id alone (with {@code RETURN_GENERATED_KEYS} it returns every column), and
 * spelled as the database stores unquoted names: Derby matches the name exactly ({@code ID}), PostgreSQL
 * lowercases.
 */
public final class GeneratedId {

    private GeneratedId() {
    }

    /** Prepares {@code insert} to hand back the generated {@code id}. */
    public static PreparedStatement prepare(Connection connection, String insert) throws SQLException {
        String id = connection.getMetaData().storesUpperCaseIdentifiers() ? "ID" : "id";
        return connection.prepareStatement(insert, new String[] {id});
    }

    /** Runs the insert prepared by {@link #prepare} and returns the id of its row. */
    public static long insert(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database generated no id for the new row");
            }
            return keys.getLong(1);
        }
    }
}
