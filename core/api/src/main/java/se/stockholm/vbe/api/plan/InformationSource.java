package se.stockholm.vbe.api.plan;

/**
 * Where the information in a situation picture came from.
 */
public enum InformationSource {
    POLICE("Polisen"),
    OWN_UNITS("Förvaltningens egna verksamheter"),
    SPECIALIST_ADMINISTRATIONS("Fackförvaltningar"),
    SURVEY("Enkät"),
    /** IA, the city's incident reporting system. */
    INCIDENT_REPORTING_SYSTEM("IA (stadens incidentrapportering)"),
    /** Tyck till, the city's channel for residents' views and complaints. */
    TYCK_TILL("Tyck till"),
    CIVIL_SOCIETY("Civilsamhället"),
    HOUSING_COMPANIES("Bostadsbolag"),
    SCHOOLS("Skolor"),
    OTHER("Annan");

    private final String label;

    InformationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
