package se.stockholm.vbe.api.health;

import java.util.Objects;

/**
 * One thing that keeps the platform from being fully healthy.
 *
 * @param source what has the problem, e.g. {@code database} or a bundle's symbolic name and version
 * @param message what is wrong and, where known, what an operator should do about it
 */
public record HealthProblem(String source, String message) {
    public HealthProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }
}
