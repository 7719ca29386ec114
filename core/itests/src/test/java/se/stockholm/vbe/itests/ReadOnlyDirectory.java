package se.stockholm.vbe.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a directory read-only for the platform's JVM: a read-only bind mount when running as root (root
 * ignores file permissions), otherwise the write permissions removed. Always undone on close.
 */
final class ReadOnlyDirectory implements AutoCloseable {

    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path directory;
    private final boolean root = "root".equals(System.getProperty("user.name"));
    private boolean mounted;
    private boolean unwritable;

    ReadOnlyDirectory(Path directory) {
        this.directory = directory;
    }

    void makeReadOnly() throws IOException, InterruptedException {
        if (root) {
            run("mount", "--bind", directory.toString(), directory.toString());
            mounted = true;
            run("mount", "-o", "remount,ro,bind", directory.toString());
        } else {
            changeWrite(false);
            unwritable = true;
        }
        assertTrue("still writable: " + directory, !Files.isWritable(directory));
    }

    void makeWritable() throws IOException, InterruptedException {
        if (mounted) {
            // Lazily: the read-only Derby may still hold files open through the mount.
            run("umount", "-l", directory.toString());
            mounted = false;
        }
        if (unwritable) {
            changeWrite(true);
            unwritable = false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        makeWritable();
    }

    private void changeWrite(boolean writable) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (writable) {
                    permissions.add(PosixFilePermission.OWNER_WRITE);
                } else {
                    permissions.removeAll(WRITE);
                }
                Files.setPosixFilePermissions(file, permissions);
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
