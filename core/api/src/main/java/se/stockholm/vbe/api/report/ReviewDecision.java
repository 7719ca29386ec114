package se.stockholm.vbe.api.report;

/** The samordnare's decision on a report. */
public enum ReviewDecision {
    /** The report counts in the committee's figures for its period. */
    ACCEPT(ReportStatus.ACCEPTED),
    /** The report does not count; a reason is required. */
    REJECT(ReportStatus.REJECTED),
    /** The report tells of what another report of the committee already told; it names that one. */
    DUPLICATE(ReportStatus.DUPLICATE);

    private final ReportStatus status;

    ReviewDecision(ReportStatus status) {
        this.status = status;
    }

    /** The status a report has after this decision. */
    public ReportStatus status() {
        return status;
    }
}
