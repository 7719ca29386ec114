package se.stockholm.vbe.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SlowBodyGuardTest {

    private final AtomicLong now = new AtomicLong();
    private final SlowBodyGuard guard = new SlowBodyGuard(now::get);

    @Test
    void aSmallBodyIsNeverTooSlowWithinTheGrace() throws Exception {
        byte[] body = "{\"to\":\"APPROVED\"}".getBytes(StandardCharsets.UTF_8);

        byte[] read = guard.read(arriving(body, 3, TimeUnit.MILLISECONDS.toNanos(400)), 1000);

        assertArrayEquals(body, read);
    }

    @Test
    void aBodyAtAByteASecondIsCutOffOnceTheGraceIsOver() {
        SlowBodyGuard.TooSlow tooSlow = assertThrows(SlowBodyGuard.TooSlow.class,
                () -> guard.read(arriving(new byte[2000], 1, TimeUnit.SECONDS.toNanos(1)), 4000));

        assertEquals("4 bytes in 4000 ms, under 4096 bytes/s after 3000 ms", tooSlow.getMessage());
    }

    @Test
    void aLargeBodyAtTheMinimumRateArrivesWhole() throws Exception {
        byte[] body = new byte[64 * 1024];

        assertEquals(body.length, guard.read(arriving(body, 4096, TimeUnit.MILLISECONDS.toNanos(900)), 100_000).length);
    }

    @Test
    void readingStopsAtTheLimit() throws Exception {
        assertEquals(10, guard.read(arriving(new byte[50], 50, 0), 10).length);
    }

    /** {@code body} in chunks of {@code chunk} bytes, each arriving {@code nanosApart} after the previous one. */
    private InputStream arriving(byte[] body, int chunk, long nanosApart) {
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                now.addAndGet(nanosApart);
                if (position == body.length) {
                    return -1;
                }
                int n = Math.min(Math.min(chunk, length), body.length - position);
                System.arraycopy(body, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }
}
