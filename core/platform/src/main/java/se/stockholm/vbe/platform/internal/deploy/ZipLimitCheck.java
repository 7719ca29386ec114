package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The zip-bomb check: reads an archive as a stream, counting entries and inflated bytes and discarding them, and
 * stops at the first limit passed, so a small archive that inflates to gigabytes costs a buffer and no more.
 */
final class ZipLimitCheck {

    private final UploadLimits limits;

    ZipLimitCheck(UploadLimits limits) {
        this.limits = limits;
    }

    /** A sentence on what the archive holds, if it keeps within every limit. */
    String check(byte[] archive, String what) throws CheckFailed {
        long ratioLimit = Math.min(limits.maxUncompressedBytes(), (long) limits.maxRatio() * archive.length);
        byte[] buffer = new byte[64 * 1024];
        int entries = 0;
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (++entries > limits.maxEntries()) {
                    throw CheckFailed.invalid(what + " has more than " + limits.maxEntries() + " entries (maxEntries "
                            + "in " + UploadLimits.PID + ")");
                }
                for (int n; (n = zip.read(buffer)) > 0;) {
                    inflated += n;
                    if (inflated > ratioLimit) {
                        throw CheckFailed.invalid(what + " inflates to more than " + ratioLimit + " bytes ("
                                + (inflated > limits.maxUncompressedBytes() ? "maxUncompressedBytes"
                                        : "more than maxRatio " + limits.maxRatio() + " times its " + archive.length
                                                + " bytes") + " in " + UploadLimits.PID + "), at entry "
                                + entry.getName());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw CheckFailed.invalid(what + " is not a readable zip archive: " + e.getMessage());
        }
        if (entries == 0) {
            throw CheckFailed.invalid(what + " is not a zip archive (it has no entries)");
        }
        return what + " has " + entries + " entries, " + inflated + " bytes uncompressed";
    }
}
