package se.stockholm.vbe.platform.internal.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time to stamp a change with, to the microsecond: what PostgreSQL's {@code TIMESTAMP} keeps (Derby keeps
 * nanoseconds), so that what a write answers is what a later read returns, on either database.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
