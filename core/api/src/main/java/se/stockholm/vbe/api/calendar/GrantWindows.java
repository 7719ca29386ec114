package se.stockholm.vbe.api.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A committee's grant application windows in one plan year: those its editor set for the year, or else those its
 * bundle gives for every year ({@code changedAt} and {@code changedBy} absent). As a request body {@code windows}
 * counts, and {@code committeeId} and {@code year} may be left out or must be the path's; an empty list returns the
 * year to the bundle's windows.
 *
 * @param committeeId the committee (may be left out of a request body)
 * @param year the plan year (may be left out of a request body)
 * @param windows the windows in order; their position is part of each event's UID
 * @param changedAt when an editor last set the year; {@code null} for the bundle's windows
 * @param changedBy who did
 */
public record GrantWindows(String committeeId, Integer year, List<DatedGrantWindow> windows, Instant changedAt,
        String changedBy) {

    public GrantWindows {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }
}
