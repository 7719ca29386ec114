package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * An uploaded jar, read once its size is checked and its zip read ({@link ZipLimitCheck}, through the central
 * directory, as the framework reads it): its bytes, its entries by path, and its manifest's main attributes.
 */
record UploadedJar(byte[] bytes, BundleContent content, Attributes manifest) {

    static UploadedJar of(byte[] jar, Map<String, byte[]> entries) throws CheckFailed {
        byte[] manifest = entries.get(BundleContent.MANIFEST);
        if (manifest == null) {
            throw CheckFailed.invalid("the jar has no " + BundleContent.MANIFEST);
        }
        try {
            return new UploadedJar(jar, new BundleContent(entries),
                    new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes());
        } catch (IOException e) {
            throw CheckFailed.invalid("the jar's manifest cannot be read: " + e.getMessage());
        }
    }

    String header(String name) {
        String value = manifest.getValue(name);
        return value == null ? null : value.strip();
    }

    /** The symbolic name without its directives ({@code ;singleton:=true}). */
    String symbolicName() {
        String name = header("Bundle-SymbolicName");
        return name == null ? null : name.split(";", 2)[0].strip();
    }

    String version() {
        String version = header("Bundle-Version");
        return version == null || version.isEmpty() ? "0.0.0" : version;
    }
}
