package se.stockholm.vbe.api.plan;

/**
 * What kind of incident or worry a figure counts: the city-wide list every committee's lägesbild uses, so
 * figures compare across the city.
 */
public enum IncidentType {
    GRAFFITI_AND_SYMBOLS("Klotter och symboler"),
    PROPAGANDA("Propaganda och flygblad"),
    RECRUITMENT("Rekrytering"),
    THREATS_AND_VIOLENCE("Hot och våld"),
    EXPRESSED_VIEWS("Uttryckta åsikter"),
    CONCERN_FROM_RELATIVE("Oro från anhörig"),
    TRAVEL_OR_RETURNEE("Resor till konfliktområde / återvändare"),
    PREMISES_OR_GRANT("Lokalbokning eller bidrag"),
    OTHER("Övrigt");

    private final String label;

    IncidentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
