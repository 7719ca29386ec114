package se.stockholm.vbe.security.internal;

import java.util.Map;

import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Registers {@link Pbkdf2EncryptionService} as the bundle starts, not through Declarative Services: Karaf's JAAS
 * modules look it up while they start (to hash a clear password in {@code etc/users.properties}, such as the
 * administrator's that {@code bin/setenv} writes at the first start), and Felix SCR, in the same start level, may not
 * be active yet. Without the service the features service then waits 10 s in their start. With it registered by this
 * bundle, started one level earlier (the {@code vbe-platform} feature), it is always there.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class EncryptionServiceRegistration implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(EncryptionService.class, new Pbkdf2EncryptionService(),
                FrameworkUtil.asDictionary(Map.of("name", Pbkdf2EncryptionService.NAME)));
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the bundle's services as it stops
    }
}
