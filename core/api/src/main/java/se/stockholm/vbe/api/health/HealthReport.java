package se.stockholm.vbe.api.health;

import java.util.List;
import java.util.Objects;

/**
 * A point-in-time view of the platform's health.
 *
 * @param status overall status: the worst of all parts
 * @param database status of the database, from a real query
 * @param version the platform version
 * @param problems what is wrong; empty when healthy
 */
public record HealthReport(HealthStatus status, HealthStatus database, String version, List<HealthProblem> problems) {
    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
    }
}
