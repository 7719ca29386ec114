package se.stockholm.vbe.api.plan;

/**
 * The reports an activity is followed up in: tertialrapport 1 and 2, and the annual report
 * (verksamhetsberättelse).
 */
public enum FollowUpPeriod {
    T1("Tertialrapport 1"),
    T2("Tertialrapport 2"),
    ANNUAL_REPORT("Verksamhetsberättelse");

    private final String label;

    FollowUpPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
