package se.stockholm.vbe.platform.internal.trust;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;

/**
 * Reports threads that still run a committee bundle's code after the bundle stopped. Java cannot stop such a
 * thread, so the platform names it: a short grace period after the bundle's STOPPED event, every live thread
 * whose stack holds one of the bundle's classes, whose class the bundle defined, or whose context class loader
 * is the bundle's, is reported until it ends or the bundle starts again.
 */
@Component(service = ThreadReporter.class, configurationPid = BundleGate.PID, immediate = true)
public final class ThreadReporter implements SynchronousBundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReporter.class);
    private static final int NAMES_SHOWN = 5;

    /** The threads left behind by one stopped bundle; weak, so the report never keeps a thread's memory. */
    private record Leftovers(String source, List<WeakReference<Thread>> threads) {
        List<Thread> alive() {
            return threads.stream().map(WeakReference::get).filter(t -> t != null && t.isAlive()).toList();
        }
    }

    /** What identifies a bundle's code on a thread, taken while the stopped bundle is still wired. */
    private record Footprint(Set<String> classNames, ClassLoader loader) {
        boolean isOn(Thread thread, StackTraceElement[] stack) {
            if (thread.getClass().getClassLoader() == loader || thread.getContextClassLoader() == loader) {
                return true;
            }
            for (StackTraceElement frame : stack) {
                if (classNames.contains(frame.getClassName())) {
                    return true;
                }
            }
            return false;
        }
    }

    private final BundleContext context;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vbe-thread-reporter");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Leftovers> reports = new ConcurrentHashMap<>();
    private volatile int graceSeconds;

    @Activate
    public ThreadReporter(BundleContext context, TrustConfiguration config) {
        this.context = context;
        this.graceSeconds = config.threadGraceSeconds();
        context.addBundleListener(this);
    }

    @Modified
    void modified(TrustConfiguration config) {
        graceSeconds = config.threadGraceSeconds();
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        scheduler.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (DeclaredCommittee.of(bundle) == null) {
            return;
        }
        if (event.getType() == BundleEvent.STARTED) {
            reports.remove(bundle.getBundleId());
        } else if (event.getType() == BundleEvent.STOPPED) {
            Footprint footprint = footprint(bundle);
            if (footprint != null) {
                String source = bundle.getSymbolicName() + " " + bundle.getVersion();
                long bundleId = bundle.getBundleId();
                scheduler.schedule(() -> look(bundleId, source, footprint), graceSeconds, TimeUnit.SECONDS);
            }
        }
    }

    /** The committee bundles that left threads running, each with how many and their names. */
    public List<HealthProblem> problems() {
        List<HealthProblem> problems = new ArrayList<>();
        reports.forEach((bundleId, leftovers) -> {
            List<Thread> alive = leftovers.alive();
            if (alive.isEmpty()) {
                reports.remove(bundleId, leftovers);
            } else {
                problems.add(new HealthProblem(leftovers.source(), describe(alive)));
            }
        });
        problems.sort(Comparator.comparing(HealthProblem::source));
        return problems;
    }

    private void look(long bundleId, String source, Footprint footprint) {
        List<WeakReference<Thread>> found = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread != Thread.currentThread() && thread.isAlive() && footprint.isOn(thread, stack)) {
                found.add(new WeakReference<>(thread));
                threads.add(thread);
            }
        });
        if (!found.isEmpty()) {
            Bundle bundle = context.getBundle(bundleId);
            if (bundle != null && bundle.getState() == Bundle.ACTIVE) {
                return;
            }
            reports.put(bundleId, new Leftovers(source, found));
            LOG.warn("Committee bundle {} stopped {} s ago: {}", source, graceSeconds, describe(threads));
        }
    }

    private String describe(List<Thread> alive) {
        String names = alive.stream().limit(NAMES_SHOWN).map(thread -> "\"" + thread.getName() + "\"")
                .collect(Collectors.joining(", "));
        return alive.size() + (alive.size() == 1 ? " thread still runs" : " threads still run")
                + " its code after it stopped: " + names
                + (alive.size() > NAMES_SHOWN ? " and " + (alive.size() - NAMES_SHOWN) + " more" : "")
                + " (Java cannot stop them; a restart of Karaf ends them)";
    }

    private static Footprint footprint(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        Set<String> classNames = new HashSet<>();
        for (String resource : wiring.listResources("/", "*.class", BundleWiring.LISTRESOURCES_LOCAL
                | BundleWiring.LISTRESOURCES_RECURSE)) {
            classNames.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
        return new Footprint(Collections.unmodifiableSet(classNames), wiring.getClassLoader());
    }
}
