package se.stockholm.vbe.api.coverage;

/**
 * Whether an item is in place for a committee, in words for the page.
 */
public enum CellStatus {
    /** The data shows it is in place. */
    MET("Uppfyllt"),
    /** It is not in place, or nothing shows that it is: a gap. */
    GAP("Brist"),
    /** The committee ticked it as in place. */
    TICKED("Avbockat av nämnden"),
    /** The item does not apply to this kind of committee. */
    NOT_APPLICABLE("Gäller inte");

    private final String label;

    CellStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the cell counts as a gap. */
    public boolean isGap() {
        return this == GAP;
    }
}
