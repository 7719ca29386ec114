package se.stockholm.vbe.api.grant;

/**
 * What is applied for: an association grant (föreningsbidrag) or the rental of premises (lokaler).
 */
public enum CheckType {
    ASSOCIATION_GRANT("association-grant-check"),
    PREMISES_RENTAL("premises-rental-check");

    private final String feature;

    CheckType(String feature) {
        this.feature = feature;
    }

    /** The feature that switches this kind of check on or off for a committee. */
    public String feature() {
        return feature;
    }
}
