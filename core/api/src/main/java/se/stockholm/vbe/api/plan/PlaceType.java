package se.stockholm.vbe.api.plan;

/**
 * Where incidents took place, by kind of place (never a named place, so a figure identifies no school or
 * person): the city-wide list every committee's lägesbild uses.
 */
public enum PlaceType {
    SCHOOL("Skola"),
    PRESCHOOL("Förskola"),
    YOUTH_CENTRE("Fritidsgård"),
    LIBRARY("Bibliotek"),
    SPORTS_FACILITY("Idrottsanläggning"),
    HOUSING("Boende"),
    PUBLIC_SPACE("Offentlig miljö"),
    DIGITAL("Digitalt"),
    OTHER("Annan plats");

    private final String label;

    PlaceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
