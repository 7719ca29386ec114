package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The zip check: reads an archive the way the framework will, through its central directory
 * ({@link ZipFile} over a temporary file, deleted after), and refuses one whose local entry headers tell another
 * story (other names, another order, other sizes): checked as one zip and installed as another, a crafted jar could
 * show the checks a clean manifest. Counts entries and inflated bytes, both ways, and stops at the first limit
 * passed, so a small archive that inflates to gigabytes costs a buffer and no more.
 */
final class ZipLimitCheck {

    /** The archive's files (no directories) by path, in central-directory order, and a sentence on them. */
    record Read(Map<String, byte[]> entries, String detail) {
    }

    private record Listed(String name, long size) {
    }

    private final UploadLimits limits;
    private final Path temporary;

    ZipLimitCheck(UploadLimits limits, Path temporary) {
        this.limits = limits;
        this.temporary = temporary;
    }

    Read check(byte[] archive, String what) throws CheckFailed {
        Budget budget = new Budget(archive.length, what);
        List<Listed> local = localHeaders(archive, budget, what);
        budget.reset();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Listed> central = centralDirectory(archive, budget, what, entries);
        if (central.isEmpty()) {
            throw CheckFailed.invalid(what + " is not a zip archive (it has no entries)");
        }
        if (!central.equals(local)) {
            throw CheckFailed.invalid(what + "'s central directory and its local entry headers disagree (central "
                    + difference(central, local) + "); the framework would install other content than was checked");
        }
        return new Read(Collections.unmodifiableMap(entries), what + " has " + central.size() + " entries, "
                + budget.inflated + " bytes uncompressed");
    }

    private List<Listed> localHeaders(byte[] archive, Budget budget, String what) throws CheckFailed {
        List<Listed> listed = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                budget.entry(listed.size() + 1);
                long size = budget.drain(zip, entry.getName(), null);
                listed.add(new Listed(entry.getName(), size));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw CheckFailed.invalid(what + " is not a readable zip archive: " + e.getMessage());
        }
        return listed;
    }

    private List<Listed> centralDirectory(byte[] archive, Budget budget, String what, Map<String, byte[]> entries)
            throws CheckFailed {
        List<Listed> listed = new ArrayList<>();
        Path file = null;
        try {
            Files.createDirectories(temporary);
            file = Files.createTempFile(temporary, "vbe-upload-", ".zip");
            Files.write(file, archive);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    budget.entry(listed.size() + 1);
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    try (InputStream in = zip.getInputStream(entry)) {
                        listed.add(new Listed(entry.getName(), budget.drain(in, entry.getName(), content)));
                    }
                    if (!entry.isDirectory() && entries.put(entry.getName(), content.toByteArray()) != null) {
                        throw CheckFailed.invalid(what + " has the entry " + entry.getName() + " twice");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw CheckFailed.invalid(what + " is not a readable zip archive: " + e.getMessage());
        } finally {
            deleteQuietly(file);
        }
        return listed;
    }

    private static String difference(List<Listed> central, List<Listed> local) {
        for (int i = 0; i < Math.min(central.size(), local.size()); i++) {
            if (!central.get(i).equals(local.get(i))) {
                return "entry " + (i + 1) + " is " + central.get(i).name() + " of " + central.get(i).size()
                        + " bytes, its local header " + local.get(i).name() + " of " + local.get(i).size() + " bytes";
            }
        }
        return "has " + central.size() + " entries, the local headers " + local.size();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Entries and inflated bytes counted against the limits, for one reading of one archive. */
    private final class Budget {

        private final long archiveLength;
        private final long ratioLimit;
        private final String what;
        private final byte[] buffer = new byte[64 * 1024];
        private long inflated;

        Budget(long archiveLength, String what) {
            this.archiveLength = archiveLength;
            this.ratioLimit = Math.min(limits.maxUncompressedBytes(), (long) limits.maxRatio() * archiveLength);
            this.what = what;
        }

        void reset() {
            inflated = 0;
        }

        void entry(int count) throws CheckFailed {
            if (count > limits.maxEntries()) {
                throw CheckFailed.invalid(what + " has more than " + limits.maxEntries() + " entries (maxEntries in "
                        + UploadLimits.PID + ")");
            }
        }

        /** Reads the entry to its end, into {@code content} if given; its inflated size. */
        long drain(InputStream in, String name, ByteArrayOutputStream content) throws IOException, CheckFailed {
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                size += n;
                inflated += n;
                if (inflated > ratioLimit) {
                    throw CheckFailed.invalid(what + " inflates to more than " + ratioLimit + " bytes ("
                            + (inflated > limits.maxUncompressedBytes() ? "maxUncompressedBytes"
                                    : "more than maxRatio " + limits.maxRatio() + " times its " + archiveLength
                                            + " bytes") + " in " + UploadLimits.PID + "), at entry " + name);
                }
                if (content != null) {
                    content.write(buffer, 0, n);
                }
            }
            return size;
        }
    }
}
