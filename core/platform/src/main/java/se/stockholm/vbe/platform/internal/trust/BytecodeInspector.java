package se.stockholm.vbe.platform.internal.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads every class of a committee bundle (ASM) for what a committee has no business doing inside the
 * platform's JVM: exiting it, starting processes or threads, {@code Unsafe}, and reflection or class loading
 * that could reach the platform's internals. A reviewable list rather than a sandbox: it catches accidents and
 * the obvious, and a determined author can still hide a call, so it complements review and signatures.
 */
final class BytecodeInspector {

    /** One forbidden use: the class and method that contain it, and what it is. */
    record Violation(String className, String method, String what) {
        @Override
        public String toString() {
            return className + "." + method + " " + what;
        }
    }

    /** Owners of which any use is forbidden. */
    private static final Map<String, String> FORBIDDEN_TYPES = Map.of(
            "java/lang/ProcessBuilder", "starts a process",
            "sun/misc/Unsafe", "uses Unsafe",
            "jdk/internal/misc/Unsafe", "uses Unsafe",
            "java/util/concurrent/ThreadPoolExecutor", "starts an executor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "starts an executor",
            "java/util/concurrent/ForkJoinPool", "starts or uses a thread pool",
            "java/util/Timer", "starts a timer thread");

    /**
     * Owner and method name, or name and descriptor for one overload; a name of "*" forbids every method of
     * the owner. The framework calls let a bundle act as another one (its context) or change other bundles.
     */
    private static final Map<String, Set<String>> FORBIDDEN_METHODS = Map.ofEntries(
            Map.entry("java/lang/System", Set.of("exit")),
            Map.entry("java/lang/Runtime", Set.of("exit", "halt", "exec")),
            Map.entry("java/lang/Thread", Set.of("<init>", "start", "startVirtualThread", "ofPlatform", "ofVirtual")),
            Map.entry("java/util/concurrent/Executors", Set.of("*")),
            Map.entry("java/util/concurrent/CompletableFuture", Set.of("runAsync", "supplyAsync")),
            Map.entry("java/util/concurrent/ForkJoinTask", Set.of("fork")),
            Map.entry("java/lang/Class", Set.of("forName")),
            Map.entry("java/lang/ClassLoader", Set.of("loadClass", "defineClass")),
            Map.entry("org/osgi/framework/Bundle", Set.of("loadClass", "getBundleContext", "adapt", "start", "stop",
                    "uninstall", "update")),
            Map.entry("org/osgi/framework/BundleContext", Set.of("getBundles", "installBundle",
                    "getBundle(J)Lorg/osgi/framework/Bundle;",
                    "getBundle(Ljava/lang/String;)Lorg/osgi/framework/Bundle;")),
            Map.entry("org/osgi/framework/FrameworkUtil", Set.of("getBundle")),
            Map.entry("org/osgi/framework/wiring/FrameworkWiring", Set.of("*")),
            Map.entry("java/lang/management/ManagementFactory", Set.of("getPlatformMBeanServer")),
            Map.entry("javax/management/MBeanServerFactory", Set.of("*")),
            Map.entry("java/lang/reflect/AccessibleObject", Set.of("setAccessible", "trySetAccessible")),
            Map.entry("java/lang/reflect/Field", Set.of("setAccessible", "trySetAccessible")),
            Map.entry("java/lang/reflect/Method", Set.of("setAccessible", "trySetAccessible")),
            Map.entry("java/lang/reflect/Constructor", Set.of("setAccessible", "trySetAccessible")),
            Map.entry("java/lang/invoke/MethodHandles", Set.of("privateLookupIn")),
            Map.entry("java/lang/invoke/MethodHandles$Lookup", Set.of("defineClass", "findClass")));

    /** Text that names the platform's private packages, in either spelling. */
    private static final List<String> PLATFORM_INTERNALS = List.of("se.stockholm.vbe.platform",
            "se/stockholm/vbe/platform", ".rest.internal", "/rest/internal");

    List<Violation> inspect(BundleContent content) {
        List<Violation> violations = new ArrayList<>();
        content.entries().forEach((path, bytes) -> {
            if (path.endsWith(".class") && !path.endsWith("module-info.class")) {
                new ClassReader(bytes).accept(new ClassInspector(violations), ClassReader.SKIP_FRAMES);
            }
        });
        return violations.stream().distinct().toList();
    }

    private static final class ClassInspector extends ClassVisitor {
        private final List<Violation> violations;
        private String className;

        ClassInspector(List<Violation> violations) {
            super(Opcodes.ASM9);
            this.violations = violations;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            className = Type.getObjectType(name).getClassName();
            if ("java/lang/Thread".equals(superName)) {
                violations.add(new Violation(className, "<class>", "extends java.lang.Thread"));
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            constant(name, value);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodInspector(name);
        }

        private void add(String method, String what) {
            violations.add(new Violation(className, method, what));
        }

        private void constant(String method, Object value) {
            if (value instanceof String text && PLATFORM_INTERNALS.stream().anyMatch(text::contains)) {
                add(method, "names platform internals (\"" + text + "\")");
            } else if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                type(method, type.getInternalName());
            } else if (value instanceof Handle handle) {
                call(method, handle.getOwner(), handle.getName(), handle.getDesc());
            } else if (value instanceof ConstantDynamic dynamic) {
                for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                    constant(method, dynamic.getBootstrapMethodArgument(i));
                }
            }
        }

        private void type(String method, String owner) {
            String what = FORBIDDEN_TYPES.get(owner);
            if (what != null) {
                add(method, what + " (" + owner.replace('/', '.') + ")");
            }
        }

        private void call(String method, String owner, String name, String descriptor) {
            Set<String> names = FORBIDDEN_METHODS.get(owner);
            if (names != null && (names.contains("*") || names.contains(name) || names.contains(name + descriptor))) {
                String target = owner.replace('/', '.');
                add(method, name.equals("<init>") ? "creates a " + target : "calls " + target + "." + name);
            } else {
                type(method, owner);
            }
        }

        private final class MethodInspector extends MethodVisitor {
            private final String method;

            MethodInspector(String method) {
                super(Opcodes.ASM9);
                this.method = method;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                call(method, owner, name, descriptor);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                type(method, owner);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                type(method, type);
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(method, value);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                for (Object argument : arguments) {
                    constant(method, argument);
                }
            }
        }
    }
}
