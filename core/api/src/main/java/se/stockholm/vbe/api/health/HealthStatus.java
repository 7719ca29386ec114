package se.stockholm.vbe.api.health;

/**
 * How ready a part of the platform is to serve.
 */
public enum HealthStatus {
    /** Ready to serve. */
    UP,
    /** Serving, but some part (a committee bundle, a rule) is not working. */
    DEGRADED,
    /** Not able to serve: the database is unreachable or the platform is still starting. */
    DOWN;

    /** The worse of this and {@code other}. */
    public HealthStatus worst(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
