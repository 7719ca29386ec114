package se.stockholm.vbe.api.committee;

/**
 * A district committee (stadsdelsnämnd) or a specialist committee (facknämnd).
 */
public enum CommitteeKind {
    DISTRICT("Stadsdelsnämnd"),
    SPECIALIST("Facknämnd");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
