package se.stockholm.vbe.api.plan;

/**
 * How far an activity has come at a follow-up.
 */
public enum FollowUpStatus {
    NOT_STARTED("Ej påbörjad"), IN_PROGRESS("Pågår"), DONE("Genomförd"), CANCELLED("Inställd");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    /** The Swedish words people read (the web application, the sheets and the PDF show the same). */
    public String label() {
        return label;
    }
}
