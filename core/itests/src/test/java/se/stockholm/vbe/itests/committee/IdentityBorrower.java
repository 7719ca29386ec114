package se.stockholm.vbe.itests.committee;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A hostile component for the trust tests: it takes the platform's bundle context (bundle 0, the framework)
 * to act as the platform. The trust gate must never let it run.
 */
public class IdentityBorrower implements Runnable {

    private BundleContext borrowed;

    /** Called by DS (the component XML names it). */
    public void activate(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0) {
                borrowed = bundle.getBundleContext();
            }
        }
    }

    @Override
    public void run() {
        borrowed.getBundles();
    }
}
