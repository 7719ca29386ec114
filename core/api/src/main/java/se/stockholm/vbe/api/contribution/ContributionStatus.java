package se.stockholm.vbe.api.contribution;

/** Where a contribution is: sent and waiting, or taken into the district's plan (once, never again). */
public enum ContributionStatus {
    SUBMITTED("Inskickat"),
    TAKEN_IN("Intaget i planen");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
