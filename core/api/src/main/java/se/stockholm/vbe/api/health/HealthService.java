package se.stockholm.vbe.api.health;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports the platform's health. Implemented by the platform; thread-safe.
 */
@ProviderType
public interface HealthService {

    /**
     * Checks every part now. Blocks for at most a few seconds (the database query has a timeout).
     */
    HealthReport check();

    /**
     * Whether the platform is ready to serve requests other than health: the database is open, Karaf has
     * booted, and every committee online is recorded. Cheap (no query); called on every request.
     */
    boolean ready();
}
