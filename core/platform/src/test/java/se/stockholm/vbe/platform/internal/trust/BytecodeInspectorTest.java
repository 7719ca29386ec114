package se.stockholm.vbe.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

class BytecodeInspectorTest {

    private final BytecodeInspector inspector = new BytecodeInspector();

    /** What a committee rule does every day: none of it is refused. */
    static final class OrdinaryRule {
        enum Verdict { PASS, FAIL }

        record Finding(String text, int count) {
        }

        String evaluate(String name, Verdict verdict) throws InterruptedException {
            Thread.sleep(1);
            Runnable later = () -> System.out.println(name);
            later.run();
            String result = switch (verdict) {
                case PASS -> "ok " + name;
                case FAIL -> "nej " + new Finding(name, 1);
            };
            Thread.currentThread().interrupt();
            return result + Runtime.getRuntime().availableProcessors() + OrdinaryRule.class.getSimpleName();
        }
    }

    static final class Exits {
        void evaluate() {
            System.exit(1);
        }

        void halt() {
            Runtime.getRuntime().halt(1);
        }

        IntConsumer reference() {
            return System::exit;
        }
    }

    static final class StartsThreads {
        void thread() {
            new Thread(() -> { }).start();
        }

        void executor() {
            Executors.newFixedThreadPool(2);
        }
    }

    static final class StartsProcesses {
        void process() throws IOException {
            new ProcessBuilder("sh").start();
            Runtime.getRuntime().exec(new String[] {"sh"});
        }
    }

    static final class ReachesInside {
        static final String TARGET = "se.stockholm.vbe.platform.internal.grant.RuleRegistry";

        Object reflect() throws Exception {
            Class<?> type = Class.forName("java.lang.String");
            type.getDeclaredField("value").setAccessible(true);
            return sun.misc.Unsafe.class;
        }
    }

    static final class OwnThread extends Thread {
    }

    /** What a committee does with its own bundle and context: allowed. */
    static final class OwnBundle {
        Object headers(BundleContext context) {
            return context.getBundle().getHeaders().get("VBE-Committee") + context.getProperty("karaf.base");
        }
    }

    static final class BorrowsIdentity {
        BundleContext platform(BundleContext context) {
            return context.getBundle(0L).getBundleContext();
        }

        Bundle[] everyone(BundleContext context) {
            return context.getBundles();
        }

        Bundle named(BundleContext context) {
            return context.getBundle("mvn:se.stockholm.vbe/vbe-platform");
        }

        Bundle ofAnotherClass() {
            return FrameworkUtil.getBundle(String.class);
        }

        void meddle(Bundle other, BundleContext context, FrameworkWiring wiring) throws BundleException {
            other.stop();
            other.uninstall();
            context.installBundle("file:evil.jar");
            wiring.refreshBundles(null);
        }

        Object jmx() {
            return ManagementFactory.getPlatformMBeanServer();
        }
    }

    @Test
    void ordinaryRuleCodeIsNotRefused() throws Exception {
        assertEquals(List.of(), inspect(OrdinaryRule.class, OrdinaryRule.Verdict.class, OrdinaryRule.Finding.class));
    }

    @Test
    void exitingTheJvmIsNamedWithItsClassAndMethod() throws Exception {
        assertEquals(List.of(Exits.class.getName() + ".evaluate calls java.lang.System.exit",
                Exits.class.getName() + ".halt calls java.lang.Runtime.halt",
                Exits.class.getName() + ".reference calls java.lang.System.exit"), strings(inspect(Exits.class)));
    }

    @Test
    void startingThreadsOrExecutorsIsRefused() throws Exception {
        assertEquals(List.of(StartsThreads.class.getName() + ".thread creates a java.lang.Thread",
                StartsThreads.class.getName() + ".thread calls java.lang.Thread.start",
                StartsThreads.class.getName() + ".executor calls java.util.concurrent.Executors.newFixedThreadPool"),
                strings(inspect(StartsThreads.class)));
        assertEquals(List.of(OwnThread.class.getName() + ".<class> extends java.lang.Thread",
                OwnThread.class.getName() + ".<init> creates a java.lang.Thread"), strings(inspect(OwnThread.class)));
    }

    @Test
    void aCommitteeMayReadItsOwnBundle() throws Exception {
        assertEquals(List.of(), inspect(OwnBundle.class));
    }

    @Test
    void borrowingAnotherBundlesContextOrChangingOtherBundlesIsRefused() throws Exception {
        String type = BorrowsIdentity.class.getName();
        assertEquals(List.of(type + ".platform calls org.osgi.framework.BundleContext.getBundle",
                type + ".platform calls org.osgi.framework.Bundle.getBundleContext",
                type + ".everyone calls org.osgi.framework.BundleContext.getBundles",
                type + ".named calls org.osgi.framework.BundleContext.getBundle",
                type + ".ofAnotherClass calls org.osgi.framework.FrameworkUtil.getBundle",
                type + ".meddle calls org.osgi.framework.Bundle.stop",
                type + ".meddle calls org.osgi.framework.Bundle.uninstall",
                type + ".meddle calls org.osgi.framework.BundleContext.installBundle",
                type + ".meddle calls org.osgi.framework.wiring.FrameworkWiring.refreshBundles",
                type + ".jmx calls java.lang.management.ManagementFactory.getPlatformMBeanServer"),
                strings(inspect(BorrowsIdentity.class)));
    }

    @Test
    void startingProcessesIsRefused() throws Exception {
        List<String> found = strings(inspect(StartsProcesses.class));
        assertTrue(found.contains(StartsProcesses.class.getName() + ".process starts a process (java.lang.ProcessBuilder)"),
                found.toString());
        assertTrue(found.contains(StartsProcesses.class.getName() + ".process calls java.lang.Runtime.exec"),
                found.toString());
    }

    @Test
    void reflectionUnsafeAndPlatformNamesAreRefused() throws Exception {
        String type = ReachesInside.class.getName();
        assertEquals(List.of(type + ".TARGET names platform internals (\""
                        + ReachesInside.TARGET + "\")",
                type + ".reflect calls java.lang.Class.forName",
                type + ".reflect calls java.lang.reflect.Field.setAccessible",
                type + ".reflect uses Unsafe (sun.misc.Unsafe)"), strings(inspect(ReachesInside.class)));
    }

    private List<BytecodeInspector.Violation> inspect(Class<?>... classes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            String path = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
                entries.put(path, in.readAllBytes());
            }
        }
        return inspector.inspect(new BundleContent(entries));
    }

    private static List<String> strings(List<BytecodeInspector.Violation> violations) {
        return violations.stream().map(Object::toString).toList();
    }
}
