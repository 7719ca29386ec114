package se.stockholm.vbe.platform.internal.coverage;

import se.stockholm.vbe.api.coverage.CellStatus;

/**
 * An evaluator's answer for one committee and item: the status, a code for clients and a Swedish reason.
 */
record Verdict(CellStatus status, String code, String reason) {

    static Verdict met(String code, String reason) {
        return new Verdict(CellStatus.MET, code, reason);
    }

    static Verdict gap(String code, String reason) {
        return new Verdict(CellStatus.GAP, code, reason);
    }

    static Verdict noDecidedPlan(int year) {
        return gap("NO_DECIDED_PLAN", "Ingen antagen eller godkänd plan för " + year);
    }
}
