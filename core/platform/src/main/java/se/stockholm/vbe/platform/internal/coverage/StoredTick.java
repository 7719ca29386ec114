package se.stockholm.vbe.platform.internal.coverage;

import java.time.Instant;

/** A committee's tick of one item in one year, as stored in {@code coverage_tick}. */
record StoredTick(String committeeId, int year, String itemId, boolean done, String comment, Instant tickedAt,
        String tickedBy) {
}
