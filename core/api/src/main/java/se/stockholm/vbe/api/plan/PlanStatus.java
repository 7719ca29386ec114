package se.stockholm.vbe.api.plan;

/**
 * Where a plan is in its yearly life: drafted, adopted by the committee, approved by the city
 * executive board (kommunstyrelsen), archived when the next year's plan is approved.
 */
public enum PlanStatus {
    DRAFT("Utkast"), ADOPTED("Antagen"), APPROVED("Godkänd"), ARCHIVED("Arkiverad");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    /** The Swedish word people read (the web application, the sheets and the PDF show the same). */
    public String label() {
        return label;
    }

    /** Whether the public may read plans in this status: adopted and approved plans are public records. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
