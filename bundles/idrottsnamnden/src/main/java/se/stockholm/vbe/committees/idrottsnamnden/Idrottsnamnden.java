package se.stockholm.vbe.committees.idrottsnamnden;

/** The committee these rules belong to; its catalogue and plans are data, in VBE-INF/committee.json. */
final class Idrottsnamnden {

    /** As the manifest (vbe.committee.id) and the descriptor name it; the platform refuses a rule for another. */
    static final String ID = "idrottsnamnden";

    private Idrottsnamnden() {
    }
}
