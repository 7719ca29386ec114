package se.stockholm.vbe.platform.internal.db;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import se.stockholm.vbe.api.CityTime;

/**
 * The time to stamp a change with, to the microsecond: what PostgreSQL's {@code TIMESTAMP} keeps (Derby keeps
 * nanoseconds), so that what a write answers is what a later read returns, on either database.
 */
public final class StoredTime {

    /** The city's time zone: where a stored instant falls on a date or in a month. */
    public static final ZoneId CITY = CityTime.ZONE;

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
