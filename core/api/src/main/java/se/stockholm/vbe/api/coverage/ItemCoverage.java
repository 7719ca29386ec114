package se.stockholm.vbe.api.coverage;

/**
 * One item's column of the matrix: the item and how many committees have a gap in it.
 */
public record ItemCoverage(ChecklistItem item, int gaps) {
}
