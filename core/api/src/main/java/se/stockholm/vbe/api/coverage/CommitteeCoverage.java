package se.stockholm.vbe.api.coverage;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeKind;

/**
 * One committee's row of the matrix: a cell per item, in the matrix's item order.
 *
 * @param gaps how many of its cells are gaps
 */
public record CommitteeCoverage(String committeeId, String committeeName, CommitteeKind committeeKind, int gaps,
        List<CoverageCell> cells) {

    public CommitteeCoverage {
        cells = List.copyOf(cells);
    }
}
