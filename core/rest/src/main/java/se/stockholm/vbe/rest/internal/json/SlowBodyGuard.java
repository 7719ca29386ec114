package se.stockholm.vbe.rest.internal.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads a request body that must keep up a minimum rate once a grace period is over: a body sent a byte a
 * second cannot hold a request thread for long. Checked whenever bytes arrive; a body that stops arriving
 * altogether meets Jetty's idle timeout instead. Jetty 9.4's own {@code minRequestDataRate} is not usable:
 * it measures from the first byte at every read, even the one that only finds the end, and so refuses small
 * bodies on a busy machine (a 17-byte body was refused with 408 in a test).
 */
final class SlowBodyGuard {

    static final long GRACE_MILLIS = 3_000;
    static final long MIN_BYTES_PER_SECOND = 4_096;

    /** A body slower than the minimum rate. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow(long bytes, long millis) {
            super(bytes + " bytes in " + millis + " ms, under " + MIN_BYTES_PER_SECOND + " bytes/s after "
                    + GRACE_MILLIS + " ms");
        }
    }

    private final LongSupplier nanoTime;

    SlowBodyGuard(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Up to {@code limit} bytes of {@code in}, as {@link InputStream#readNBytes(int)}. */
    byte[] read(InputStream in, int limit) throws IOException {
        long start = nanoTime.getAsLong();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (body.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - body.size()))) != -1) {
            body.write(buffer, 0, n);
            long millis = (nanoTime.getAsLong() - start) / 1_000_000;
            if (millis > GRACE_MILLIS + body.size() * 1000L / MIN_BYTES_PER_SECOND) {
                throw new TooSlow(body.size(), millis);
            }
        }
        return body.toByteArray();
    }
}
