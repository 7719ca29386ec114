package se.stockholm.vbe.platform.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Bundle;

/**
 * The files of a bundle, by path, as the framework will load them. Read through {@link Bundle#getEntryPaths}
 * and {@link Bundle#getEntry}, which never resolve the bundle, so a resolver hook may read it; or, for an upload,
 * as read from its jar.
 */
public record BundleContent(Map<String, byte[]> entries) {

    public static final String MANIFEST = "META-INF/MANIFEST.MF";

    public BundleContent {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static BundleContent of(Bundle bundle) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        collect(bundle, "/", entries);
        return new BundleContent(entries);
    }

    /** Whether the path is the manifest or a signature file, which jarsigner does not sign itself. */
    public static boolean isSignatureRelated(String path) {
        String prefix = "META-INF/";
        if (!path.regionMatches(true, 0, prefix, 0, prefix.length()) || path.indexOf('/', prefix.length()) >= 0) {
            return false;
        }
        String name = path.substring(prefix.length()).toUpperCase(Locale.ROOT);
        return name.equals("MANIFEST.MF") || name.startsWith("SIG-") || name.endsWith(".SF")
                || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC");
    }

    private static void collect(Bundle bundle, String directory, Map<String, byte[]> entries) {
        Enumeration<String> paths = bundle.getEntryPaths(directory);
        if (paths == null) {
            return;
        }
        for (String path : Collections.list(paths)) {
            if (path.endsWith("/")) {
                collect(bundle, path, entries);
            } else {
                entries.put(path, read(bundle.getEntry(path)));
            }
        }
    }

    private static byte[] read(URL entry) {
        try (InputStream in = entry.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
