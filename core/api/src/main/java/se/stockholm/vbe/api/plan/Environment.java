package se.stockholm.vbe.api.plan;

/**
 * The violent extremist environments the city's work is aimed at.
 */
public enum Environment {
    WHITE_POWER("Vit makt-miljön"),
    AUTONOMOUS("Den autonoma miljön"),
    ISLAMIST("Den islamistiska extremistmiljön"),
    OTHER("Annan");

    private final String label;

    Environment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
