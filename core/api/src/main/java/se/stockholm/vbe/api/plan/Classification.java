package se.stockholm.vbe.api.plan;

/**
 * Whether a part of a situation picture may be shown to everyone. Parts draw on the police,
 * Säkerhetspolisen and reports about individuals, which offentlighets- och sekretesslagen (OSL) can make
 * secret; a part is {@link #CONFIDENTIAL} unless its committee marked it {@link #PUBLIC}.
 */
public enum Classification {
    PUBLIC("Offentlig"),
    CONFIDENTIAL("Sekretessmarkerad");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The classification given, {@link #CONFIDENTIAL} when none was, checked against its legal ground.
     *
     * @throws IllegalArgumentException if a {@code PUBLIC} part names a legal ground for secrecy
     */
    static Classification orDefault(Classification given, String legalGround) {
        Classification classification = given == null ? CONFIDENTIAL : given;
        if (classification == PUBLIC && legalGround != null) {
            throw new IllegalArgumentException("legalGround is given only for CONFIDENTIAL parts (was "
                    + legalGround + " on a PUBLIC one)");
        }
        return classification;
    }
}
