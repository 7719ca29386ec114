package se.stockholm.vbe.api.plan;

/**
 * A third of the plan year, the period incident figures are counted in (as the city's tertial reports are).
 */
public enum Tertial {
    T1("Tertial 1 (januari–april)"),
    T2("Tertial 2 (maj–augusti)"),
    T3("Tertial 3 (september–december)");

    private final String label;

    Tertial(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tertial a month falls in. */
    public static Tertial of(java.time.Month month) {
        return values()[(month.getValue() - 1) / 4];
    }
}
