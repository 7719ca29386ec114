package se.stockholm.vbe.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan PDFs rendered last (a render takes a quarter of a second, a meeting's worth of downloads ask for the same
 * few): bytes by key, the least recently used dropped beyond {@link #MAX_ENTRIES}. A key names everything the file
 * shows: committee, year or decided version, the ETag the caller is answered with, the audience and the committee's
 * name; a new plan version is a new tag, so stale entries are never served and age out. Thread-safe; two requests
 * missing the same key at once may both render, which is harmless.
 */
final class RenderedPdfs {

    static final int MAX_ENTRIES = 32;

    private final Map<String, byte[]> pdfs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The PDF for {@code key}, rendered by {@code render} if it is not among the last ones. */
    byte[] get(String key, Supplier<byte[]> render) {
        synchronized (pdfs) {
            byte[] cached = pdfs.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] rendered = render.get();
        synchronized (pdfs) {
            pdfs.put(key, rendered);
        }
        return rendered;
    }

    int size() {
        synchronized (pdfs) {
            return pdfs.size();
        }
    }
}
