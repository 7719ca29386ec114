package se.stockholm.vbe.platform.internal.deploy;

import java.util.Locale;

import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;

/** The content-type check: what an upload is by the media type it was sent as. */
enum ArchiveKind {
    JAR, KAR;

    static ArchiveKind of(String contentType) throws CheckFailed {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/java-archive", "application/octet-stream" -> JAR;
            case "application/zip" -> KAR;
            default -> throw new CheckFailed(Reason.UNSUPPORTED_MEDIA_TYPE, "the upload is sent as "
                    + (type.isEmpty() ? "no media type" : type) + "; send a JAR as application/java-archive (or "
                    + "application/octet-stream) or a KAR as application/zip");
        };
    }
}
