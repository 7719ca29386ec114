package se.stockholm.vbe.api.deploy;

import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded committee bundle, as it arrives: the platform reads {@code content} itself, at most its configured
 * size, so a caller never holds the whole body before the size is checked.
 *
 * @param contentType the media type it was sent as: {@code application/java-archive} or
 *        {@code application/octet-stream} for a JAR, {@code application/zip} for a KAR; {@code null} if none
 * @param declaredLength the length the sender declared, or -1 if it declared none
 * @param content the bytes; read once, not closed by the platform
 * @param dryRun run every check and install nothing
 */
public record BundleUpload(String contentType, long declaredLength, InputStream content, boolean dryRun) {

    public BundleUpload {
        Objects.requireNonNull(content, "content");
    }
}
