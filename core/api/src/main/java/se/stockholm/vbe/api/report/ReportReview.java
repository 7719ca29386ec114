package se.stockholm.vbe.api.report;

/**
 * A review of a report.
 *
 * @param decision the decision, required
 * @param reason why a report is rejected: required for {@link ReviewDecision#REJECT}, refused for the others
 * @param duplicateOf the report (of the same committee) a duplicate repeats: required for
 *        {@link ReviewDecision#DUPLICATE}, refused for the others
 */
public record ReportReview(ReviewDecision decision, String reason, Long duplicateOf) {
}
