package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * The jar each committee's last install replaced, for a rollback: {@code <karaf.data>/vbe-upload/<id>/previous.jar}.
 * The jar is laid out again from the replaced bundle's own entries (manifest and signature files first, as a
 * signed jar has them), so it is kept the same way whether that bundle came from {@code deploy/}, a feature or an
 * earlier upload. Written to a temporary file and moved into place, so a kept jar is always whole.
 */
final class KeptJars {

    private final Path directory;

    KeptJars(Path directory) {
        this.directory = directory;
    }

    void keep(String committeeId, Bundle replaced) {
        keep(committeeId, asJar(BundleContent.of(replaced)));
    }

    void keep(String committeeId, byte[] jar) {
        Path target = file(committeeId);
        try {
            Files.createDirectories(target.getParent());
            Path written = Files.write(target.resolveSibling("previous.jar.tmp"), jar);
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UnavailableException("cannot keep the replaced jar in " + target + ": " + e.getMessage());
        }
    }

    Optional<byte[]> kept(String committeeId) {
        Path file = file(committeeId);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UnavailableException("cannot read the kept jar " + file + ": " + e.getMessage());
        }
    }

    private Path file(String committeeId) {
        return directory.resolve(committeeId).resolve("previous.jar");
    }

    static byte[] asJar(BundleContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, BundleContent.MANIFEST, content.entries().get(BundleContent.MANIFEST));
            for (boolean signatureFiles : new boolean[] {true, false}) {
                for (Map.Entry<String, byte[]> entry : content.entries().entrySet()) {
                    String name = entry.getKey();
                    if (!name.equals(BundleContent.MANIFEST)
                            && BundleContent.isSignatureRelated(name) == signatureFiles) {
                        write(zip, name, entry.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        if (content != null) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
