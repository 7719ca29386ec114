package se.stockholm.vbe.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.security.PasswordHash;

/**
 * Warns once at start, per user, about passwords in {@code etc/users.properties} that are still unsalted
 * SHA-512 digests from before an upgrade: they keep working (an upgrade must not lock anybody out), but
 * they are quick to guess from a stolen file, so the operator should give those users new hashes.
 */
@Component(immediate = true, service = LegacyDigestWarning.class)
public final class LegacyDigestWarning {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDigestWarning.class);
    /** Karaf's prefix for group entries in {@code users.properties}; they carry no password. */
    private static final String GROUP_PREFIX = "_g_:";

    @Activate
    public LegacyDigestWarning() {
        this(Path.of(System.getProperty("karaf.etc", "etc"), "users.properties"));
    }

    LegacyDigestWarning(Path usersFile) {
        for (String user : usersWithLegacyDigests(usersFile)) {
            LOG.warn("User '{}' in {} still has an unsalted SHA-512 password digest from an older installation;"
                    + " it is accepted, but replace it with a new hash (vbe:password-hash)", user, usersFile);
        }
    }

    /** The users whose stored password is a legacy digest, sorted; none if the file cannot be read. */
    static List<String> usersWithLegacyDigests(Path usersFile) {
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(usersFile)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return users.stringPropertyNames().stream().sorted()
                .filter(user -> !user.startsWith(GROUP_PREFIX))
                .filter(user -> isLegacy(users.getProperty(user).split(",", 2)[0].strip()))
                .toList();
    }

    private static boolean isLegacy(String stored) {
        String marker = PasswordHash.MARKER;
        return stored.length() >= 2 * marker.length() && stored.startsWith(marker) && stored.endsWith(marker)
                && PasswordHash.isLegacyDigest(stored.substring(marker.length(), stored.length() - marker.length()));
    }
}
