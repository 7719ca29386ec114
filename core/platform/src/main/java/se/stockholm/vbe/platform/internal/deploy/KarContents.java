package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The KAR check: a KAR uploaded for a committee must hold exactly one jar (under {@code repository/}), its
 * committee bundle, which is what the platform installs. Its features file is not installed, and a KAR with other
 * jars is refused: they would run unchecked, and a committee bundle depends on the platform's API alone.
 * Called after {@link ZipLimitCheck}, so the jar read here is within the limits.
 */
final class KarContents {

    private KarContents() {
    }

    static byte[] committeeJar(byte[] kar) throws CheckFailed {
        List<String> jars = new ArrayList<>();
        byte[] jar = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    jars.add(entry.getName());
                    jar = zip.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw CheckFailed.invalid("the KAR cannot be read: " + e.getMessage());
        }
        if (jars.size() != 1) {
            throw CheckFailed.invalid("the KAR holds " + (jars.isEmpty() ? "no jar" : jars.size() + " jars " + jars)
                    + "; a committee's KAR must hold exactly one, its committee bundle");
        }
        if (!jars.get(0).startsWith("repository/")) {
            throw CheckFailed.invalid("the KAR's jar " + jars.get(0) + " is not under repository/");
        }
        return jar;
    }
}
