package se.stockholm.vbe.api.report;

/** What was done at the worry or incident, as the city's routine names the steps. */
public enum ReportAction {
    SOCIAL_SERVICES_REPORT("Orosanmälan till socialtjänsten"),
    POLICE_REPORT("Polisanmälan"),
    EMERGENCY_112("Larmat 112"),
    IA_REPORT("Händelserapport i IA"),
    /** Nothing of the above; only alone. */
    NONE("Inget av ovanstående");

    private final String label;

    ReportAction(String label) {
        this.label = label;
    }

    /** The Swedish label. */
    public String label() {
        return label;
    }
}
