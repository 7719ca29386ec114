package se.stockholm.vbe.platform.internal.trust;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;

/**
 * Hides the platform's own services from committee bundles (manifest header {@code VBE-Committee}): their
 * contexts never find nor hear of a service of the API ({@code se.stockholm.vbe.api} and its subpackages),
 * whose methods take an {@code Actor} a bundle could make up, nor of the framework's and Karaf's
 * administration (Configuration Admin, which could change the trust settings, SCR's runtime, which could
 * disable the platform's components, JMX, Felix and Karaf services). A committee bundle only registers services
 * (the SPI, {@code se.stockholm.vbe.spi}, stays visible), and the platform calls them.
 */
final class CommitteeServiceHiding implements FindHook, EventListenerHook {

    /** Prefixes of hidden service classes: the API's packages (not se.stockholm.vbe.apix) and the admin ones. */
    private static final List<String> HIDDEN = List.of("se.stockholm.vbe.api.", "org.apache.karaf.",
            "org.apache.felix.", "org.osgi.service.cm.", "org.osgi.service.component.runtime.",
            "org.osgi.service.packageadmin.", "org.osgi.service.startlevel.", "org.osgi.service.permissionadmin.",
            "org.osgi.service.condpermadmin.", "javax.management.");

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        if (isCommittee(context)) {
            references.removeIf(CommitteeServiceHiding::hidden);
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (hidden(event.getServiceReference())) {
            listeners.keySet().removeIf(CommitteeServiceHiding::isCommittee);
        }
    }

    /** Whether a service registered under these names is hidden from committee bundles. */
    static boolean hidden(String... objectClasses) {
        for (String objectClass : objectClasses) {
            if (HIDDEN.stream().anyMatch(objectClass::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(ServiceReference<?> reference) {
        return reference.getProperty(Constants.OBJECTCLASS) instanceof String[] names && hidden(names);
    }

    /** A context that is no longer valid belongs to no one who could use a service. */
    private static boolean isCommittee(BundleContext context) {
        try {
            return DeclaredCommittee.of(context.getBundle()) != null;
        } catch (IllegalStateException invalid) {
            return false;
        }
    }
}
