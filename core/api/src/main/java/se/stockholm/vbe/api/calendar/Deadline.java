package se.stockholm.vbe.api.calendar;

/**
 * The city's deadlines of a plan year, each with the Swedish name people read and the key of its calendar UID.
 */
public enum Deadline {

    /** Tertialrapport 1 (January–April). */
    T1("t1", "Tertialrapport 1"),
    /** Tertialrapport 2 (May–August). */
    T2("t2", "Tertialrapport 2"),
    /** The verksamhetsberättelse, the annual report, due early the year after. */
    ANNUAL_REPORT("vb", "Verksamhetsberättelse"),
    /** The committee's adoption of its plan (nämnden antar). */
    COMMITTEE_ADOPTION("adoption", "Nämndens antagande av handlingsplanen"),
    /** Kommunstyrelsen's approval of the plans (kommunstyrelsen godkänner). */
    CITY_APPROVAL("approval", "Kommunstyrelsens godkännande av handlingsplanerna");

    private final String key;
    private final String label;

    Deadline(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The stable key in the event's UID, e.g. {@code t1} in {@code t1-2027@vbe.stockholm.se}. */
    public String key() {
        return key;
    }

    /** The Swedish name. */
    public String label() {
        return label;
    }
}
