package se.stockholm.vbe.api.committee;

import java.time.Instant;

/**
 * A committee whose bundle the coordinator has put in quarantine: the bundle is stopped (not removed) on every
 * node until released, its plans stay readable, and its local rules fail closed (every check gives REVIEW).
 *
 * @param committeeId the committee
 * @param reason why, as the coordinator wrote it; {@code null} if none was given
 * @param since when the quarantine began
 * @param by who began it: a staff user name, or {@code shell:<user>}
 */
public record CommitteeQuarantine(String committeeId, String reason, Instant since, String by) {
}
