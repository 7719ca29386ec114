package se.stockholm.vbe.api.coverage;

import java.time.Instant;

/**
 * One committee's status for one item, with how it was decided.
 *
 * @param itemId the checklist item
 * @param status the status
 * @param gap whether it is a gap
 * @param reasonCode how it was decided, for clients, e.g. {@code ACTIVITY_FOUND}, {@code NO_DECIDED_PLAN}
 * @param reason the same in Swedish, for the page
 * @param comment the committee's comment on its tick; {@code null} when there is none or the caller is anonymous
 * @param tickedAt when the committee ticked it; {@code null} when it did not
 * @param tickedBy who ticked it; {@code null} when nobody did or the caller is anonymous
 */
public record CoverageCell(String itemId, CellStatus status, boolean gap, String reasonCode, String reason,
        String comment, Instant tickedAt, String tickedBy) {

    /** This cell without what only signed-in staff may read: the comment and who ticked. */
    public CoverageCell anonymised() {
        return new CoverageCell(itemId, status, gap, reasonCode, reason, null, tickedAt, null);
    }
}
