package se.stockholm.vbe.rest.internal;

import org.glassfish.jersey.internal.inject.AbstractBinder;

import se.stockholm.vbe.api.health.HealthService;

/**
 * Makes the platform's OSGi services injectable into the JAX-RS resources.
 */
final class PlatformServicesBinder extends AbstractBinder {

    private final HealthService health;

    PlatformServicesBinder(HealthService health) {
        this.health = health;
    }

    @Override
    protected void configure() {
        bind(health).to(HealthService.class);
    }
}
