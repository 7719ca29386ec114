package se.stockholm.vbe.platform.internal.deploy;

import java.time.Duration;

/** The upload limits in force, checked once when the configuration arrives. */
record UploadLimits(long maxBytes, int maxEntries, long maxUncompressedBytes, int maxRatio, Duration onlineTimeout) {

    static final String PID = "se.stockholm.vbe.upload";

    UploadLimits {
        if (maxBytes < 1 || maxEntries < 1 || maxUncompressedBytes < 1 || maxRatio < 1 || onlineTimeout.isNegative()
                || onlineTimeout.isZero()) {
            throw new IllegalArgumentException("every limit in " + PID + " must be at least 1");
        }
    }

    static UploadLimits of(UploadConfiguration config) {
        return new UploadLimits(config.maxBytes(), config.maxEntries(), config.maxUncompressedBytes(),
                config.maxRatio(), Duration.ofSeconds(config.onlineTimeoutSeconds()));
    }
}
