package se.stockholm.vbe.platform.internal.plan;

import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;

/**
 * Counts changes to anything the plan views show (plans, committees), so that derived views can be
 * cached until the next change.
 */
@Component(service = PlanGeneration.class)
public final class PlanGeneration {

    private final AtomicLong generation = new AtomicLong(System.currentTimeMillis());

    public long current() {
        return generation.get();
    }

    /** Called after a change has been committed. */
    public void changed() {
        generation.incrementAndGet();
    }
}
