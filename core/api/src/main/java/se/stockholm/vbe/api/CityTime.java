package se.stockholm.vbe.api;

import java.time.ZoneId;

/**
 * The city's clock: the one time zone in which the platform's months, tertials, deadlines and dates begin and end,
 * whatever zone a node's JVM runs in.
 */
public final class CityTime {

    /** Stockholm. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private CityTime() {
    }
}
