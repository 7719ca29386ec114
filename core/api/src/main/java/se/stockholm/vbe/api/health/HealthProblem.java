package se.stockholm.vbe.api.health;

import java.util.Objects;

/**
 * One thing that keeps the platform from being fully healthy.
 *
 * @param source what has the problem, e.g. {@code database} or a bundle's symbolic name and version
 * @param message what is wrong and, where known, what an operator should do about it
 * @param committee the committee whose bundle has the problem, where it is one the coordinator can act on (e.g.
 *        quarantine); {@code null} otherwise
 */
public record HealthProblem(String source, String message, String committee) {
    public HealthProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** A problem not tied to a committee (the constructor of version 1.1 of this package). */
    public HealthProblem(String source, String message) {
        this(source, message, null);
    }
}
