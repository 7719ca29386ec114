package se.stockholm.vbe.api.report;

/** Where a report stands in its review. */
public enum ReportStatus {
    SUBMITTED("Inskickad, ej granskad"),
    ACCEPTED("Godkänd"),
    REJECTED("Avvisad"),
    DUPLICATE("Dubblett");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The Swedish label. */
    public String label() {
        return label;
    }
}
