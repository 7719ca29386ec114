package se.stockholm.vbe.api.health;

import java.util.List;
import java.util.Objects;

/**
 * A point-in-time view of the platform's health.
 *
 * @param status overall status: the worst of all parts
 * @param database status of the database, from a real query
 * @param databaseProduct the database product and version, e.g. {@code PostgreSQL 15.14}; {@code null} until one
 *        has been opened
 * @param version the platform version
 * @param problems what is wrong; empty when healthy
 */
public record HealthReport(HealthStatus status, HealthStatus database, String databaseProduct, String version,
        List<HealthProblem> problems) {
    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
    }

    /** A report that does not name the database product (the constructor of version 1.0 of this package). */
    public HealthReport(HealthStatus status, HealthStatus database, String version, List<HealthProblem> problems) {
        this(status, database, null, version, problems);
    }
}
