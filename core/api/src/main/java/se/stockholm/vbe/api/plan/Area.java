package se.stockholm.vbe.api.plan;

/**
 * What kind of work an activity is.
 */
public enum Area {
    PREVENTIVE("Förebyggande"),
    PREVENTING("Förhindrande"),
    GRANTS_AND_PREMISES("Föreningsbidrag och lokaler"),
    COMPETENCE("Kompetenshöjande"),
    COLLABORATION("Samverkan"),
    RELATIVES_SUPPORT("Stöd till anhöriga"),
    EXIT_SUPPORT("Avhopparverksamhet");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    /** The Swedish name people read. */
    public String label() {
        return label;
    }
}
