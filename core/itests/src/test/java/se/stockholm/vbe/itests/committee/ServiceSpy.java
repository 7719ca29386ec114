package se.stockholm.vbe.itests.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

/**
 * A hostile component for the trust tests: it tells (as a {@link Supplier}, a JDK type the test shares) which
 * services its bundle's context finds now and, prefixed {@code heard:}, which it heard registered since it
 * started. A committee bundle that found the platform's services could call them as a made-up coordinator.
 */
public class ServiceSpy implements Supplier<List<String>>, ServiceListener {

    private final Set<String> heard = ConcurrentHashMap.newKeySet();
    private BundleContext context;

    /** Called by DS (the component XML names it). */
    public void activate(BundleContext context) {
        this.context = context;
        context.addServiceListener(this);
    }

    @Override
    public List<String> get() {
        List<String> seen = new ArrayList<>();
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, null);
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                seen.addAll(Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS)));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        heard.forEach(name -> seen.add("heard:" + name));
        return seen;
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        heard.addAll(Arrays.asList((String[]) event.getServiceReference().getProperty(Constants.OBJECTCLASS)));
    }
}
