package se.stockholm.vbe.committees.hasselbyvallingby;

/** The committee these rules belong to; its catalogue and plans are data, in VBE-INF/committee.json. */
final class HasselbyVallingby {

    /** As the manifest (vbe.committee.id) and the descriptor name it; the platform refuses a rule for another. */
    static final String ID = "hasselby-vallingby";

    private HasselbyVallingby() {
    }
}
