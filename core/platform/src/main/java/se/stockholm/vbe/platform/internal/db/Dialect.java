package se.stockholm.vbe.platform.internal.db;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The databases the platform runs on. The SQL is the same on both except where a migration has a variant in
 * {@code db/migration/<dialect>/} (Flyway's {@code {vendor}} location convention): Derby has no {@code TEXT},
 * PostgreSQL no {@code CLOB}.
 */
public enum Dialect {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String directory;

    Dialect(String directory) {
        this.directory = directory;
    }

    /** Where this dialect's variants of migration scripts live, beside the shared ones. */
    String directory() {
        return directory;
    }

    /**
     * The dialect of the database {@code meta} describes.
     *
     * @throws SQLException naming the product when it is neither Derby nor PostgreSQL
     */
    static Dialect of(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName();
        if (product.startsWith("Apache Derby")) {
            return DERBY;
        }
        if (product.equals("PostgreSQL")) {
            return POSTGRESQL;
        }
        throw new SQLException("the platform runs on Apache Derby or PostgreSQL, not on " + product);
    }
}
