package se.stockholm.vbe.api.coverage;

import java.util.List;

/**
 * The committees × items of a year, the city's gaps first: items by how many committees have a gap in them
 * (most first, then in checklist order), committees by their number of gaps (most first, then by name).
 *
 * @param year the plan year
 * @param items the columns
 * @param committees the rows, each with a cell per column in the same order
 * @param gaps the gaps in all
 */
public record CoverageMatrix(int year, List<ItemCoverage> items, List<CommitteeCoverage> committees, int gaps) {

    public CoverageMatrix {
        items = List.copyOf(items);
        committees = List.copyOf(committees);
    }
}
