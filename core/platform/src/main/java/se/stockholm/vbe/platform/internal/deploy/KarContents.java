package se.stockholm.vbe.platform.internal.deploy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The KAR check: a KAR uploaded for a committee must hold exactly one jar (under {@code repository/}), its
 * committee bundle, which is what the platform installs. Its features file is not installed, and a KAR with other
 * jars is refused: they would run unchecked, and a committee bundle depends on the platform's API alone.
 * Takes the KAR as {@link ZipLimitCheck} read it, within the limits.
 */
final class KarContents {

    private KarContents() {
    }

    static byte[] committeeJar(Map<String, byte[]> kar) throws CheckFailed {
        List<String> jars = kar.keySet().stream().filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".jar"))
                .toList();
        if (jars.size() != 1) {
            throw CheckFailed.invalid("the KAR holds " + (jars.isEmpty() ? "no jar" : jars.size() + " jars " + jars)
                    + "; a committee's KAR must hold exactly one, its committee bundle");
        }
        if (!jars.get(0).startsWith("repository/")) {
            throw CheckFailed.invalid("the KAR's jar " + jars.get(0) + " is not under repository/");
        }
        return kar.get(jars.get(0));
    }
}
