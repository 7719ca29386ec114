package se.stockholm.vbe.platform.internal.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Figure;

class SuppressionTableTest {

    private static final Figure SMALL = Figure.small(3);
    private static final Figure WITHHELD = Figure.withheld();

    @Test
    void countsAtOrAboveTheMinimumAndZeroesAreShownExactly() {
        Line line = line(3, 0, 5, 0);

        assertEquals(List.of(Figure.exact(3), Figure.exact(0), Figure.exact(5), Figure.exact(0), Figure.exact(8)),
                line.figures());
    }

    @Test
    void aSingleSmallCountIsJoinedByTheSmallestOtherCountSoTheTotalCannotRevealIt() {
        Line line = line(2, 10, 0, 4);

        assertEquals(List.of(SMALL, Figure.exact(10), Figure.exact(0), WITHHELD, Figure.exact(16)), line.figures());
        line.assertNoSumPinsAWithheldFigure();
    }

    @Test
    void twoSmallCountsTheTotalWouldPinAreNotLeftAlone() {
        // 2 + 2 = 4: both are "<3", and 4 leaves them only 2 and 2.
        Line line = line(2, 2, 7);

        assertEquals(SMALL, line.figures().get(0));
        assertEquals(SMALL, line.figures().get(1));
        assertEquals(WITHHELD, line.figures().get(2));
        line.assertNoSumPinsAWithheldFigure();
    }

    @Test
    void aLineOfOnesWithholdsItsTotal() {
        // 1 + 1 + 1 = 3: three "<3" are at least 3, so the total would pin every one of them.
        Line line = line(1, 1, 1, 0);

        assertEquals(WITHHELD, line.figures().get(4));
        line.assertNoSumPinsAWithheldFigure();
    }

    @Test
    void aSmallTotalIsSuppressedItself() {
        Line line = line(0, 2, 0);

        assertEquals(SMALL, line.figures().get(3));
        line.assertNoSumPinsAWithheldFigure();
    }

    @Test
    void aMinimumOfOnePublishesEveryCount() {
        Line line = new Line(1, new int[] {1, 2, 0});

        assertEquals(List.of(Figure.exact(1), Figure.exact(2), Figure.exact(0), Figure.exact(3)), line.figures());
    }

    @Test
    void aFigurePublishedElsewhereKeepsItsFormAndTheTotalIsWithheldInstead() {
        SuppressionTable table = new SuppressionTable(3);
        int small = table.published(2, SMALL);
        int large = table.published(10, Figure.exact(10));
        int total = table.add(12);
        table.sum(total, List.of(small, large));

        table.protect();

        assertEquals(SMALL, table.figure(small));
        assertEquals(Figure.exact(10), table.figure(large));
        assertEquals(WITHHELD, table.figure(total));
    }

    @Test
    void noSumOfARandomCityTableRevealsAnySuppressedFigure() {
        Random random = new Random(20191);
        for (int round = 0; round < 300; round++) {
            CityTable city = new CityTable(random, 1 + random.nextInt(5), 4);
            city.assertNoSumPinsAWithheldFigure();
            city.assertEveryShownFigureIsTrue();
        }
    }

    private static Line line(int... cells) {
        return new Line(3, cells);
    }

    /** Parts and their total, protected alone. */
    private static final class Line {
        private final Checked checked;

        Line(int minimumCount, int[] cells) {
            checked = new Checked(minimumCount);
            List<Integer> parts = new ArrayList<>();
            for (int cell : cells) {
                parts.add(checked.add(cell));
            }
            checked.sum(checked.add(IntStream.of(cells).sum()), parts);
            checked.protect();
        }

        List<Figure> figures() {
            return checked.figures();
        }

        void assertNoSumPinsAWithheldFigure() {
            checked.assertNoSumPinsAWithheldFigure();
        }
    }

    /** Committees × environments with their totals, as {@link Disclosure} builds it. */
    private static final class CityTable {
        private final Checked checked = new Checked(3);

        CityTable(Random random, int committees, int environments) {
            int[][] cells = new int[committees][environments];
            for (int[] row : cells) {
                for (int e = 0; e < environments; e++) {
                    row[e] = random.nextInt(3) == 0 ? random.nextInt(12) : random.nextInt(3);
                }
            }
            List<Integer> totals = new ArrayList<>();
            List<List<Integer>> columns = new ArrayList<>();
            IntStream.range(0, environments).forEach(e -> columns.add(new ArrayList<>()));
            for (int[] row : cells) {
                List<Integer> parts = new ArrayList<>();
                for (int e = 0; e < environments; e++) {
                    int index = checked.add(row[e]);
                    parts.add(index);
                    columns.get(e).add(index);
                }
                int total = checked.add(IntStream.of(row).sum());
                checked.sum(total, parts);
                totals.add(total);
            }
            int grand = checked.add(IntStream.range(0, committees).map(c -> IntStream.of(cells[c]).sum()).sum());
            checked.sum(grand, totals);
            List<Integer> environmentTotals = new ArrayList<>();
            for (int e = 0; e < environments; e++) {
                int column = e;
                int index = checked.add(IntStream.range(0, committees).map(c -> cells[c][column]).sum());
                checked.sum(index, columns.get(e));
                environmentTotals.add(index);
            }
            checked.sum(grand, environmentTotals);
            checked.protect();
        }

        void assertNoSumPinsAWithheldFigure() {
            checked.assertNoSumPinsAWithheldFigure();
        }

        void assertEveryShownFigureIsTrue() {
            checked.assertEveryShownFigureIsTrue();
        }
    }

    /**
     * A table with its true values and sums, and an attacker's check written independently of the
     * table's own: for each sum, enumerate the values every withheld figure in it could take (a "<3" is
     * 1 or 2, a ".." anything from 0) and count those of the figure under test that fit the sum.
     */
    private static final class Checked {
        private static final int ANYTHING = 200;

        private final int minimumCount;
        private final SuppressionTable table;
        private final List<Integer> values = new ArrayList<>();
        private final List<int[]> sums = new ArrayList<>();

        Checked(int minimumCount) {
            this.minimumCount = minimumCount;
            this.table = new SuppressionTable(minimumCount);
        }

        int add(int value) {
            values.add(value);
            return table.add(value);
        }

        void sum(int total, List<Integer> parts) {
            table.sum(total, parts);
            int[] line = new int[parts.size() + 1];
            IntStream.range(0, parts.size()).forEach(i -> line[i] = parts.get(i));
            line[parts.size()] = total;
            sums.add(line);
        }

        void protect() {
            table.protect();
        }

        List<Figure> figures() {
            return IntStream.range(0, values.size()).mapToObj(table::figure).toList();
        }

        void assertEveryShownFigureIsTrue() {
            for (int i = 0; i < values.size(); i++) {
                Figure figure = table.figure(i);
                if (figure.value() != null) {
                    assertEquals(values.get(i), figure.value());
                } else if (!Figure.WITHHELD.equals(figure.marker())) {
                    assertTrue(values.get(i) >= 1 && values.get(i) < minimumCount, "only 1 and 2 are \"<3\"");
                }
            }
        }

        void assertNoSumPinsAWithheldFigure() {
            for (int[] line : sums) {
                for (int position = 0; position < line.length; position++) {
                    if (table.figure(line[position]).value() == null) {
                        Set<Integer> possible = possibleValues(line, position);
                        assertTrue(possible.size() > 1, "a sum leaves figure " + line[position] + " (true value "
                                + values.get(line[position]) + ") only " + possible + ": " + figures());
                    }
                }
            }
        }

        /** The values the figure at {@code position} can take, the sum and the others' markers given. */
        private Set<Integer> possibleValues(int[] line, int position) {
            int totalPosition = line.length - 1;
            Set<Integer> othersParts = Set.of(0);
            for (int i = 0; i < totalPosition; i++) {
                if (i != position) {
                    othersParts = plus(othersParts, range(line[i]));
                }
            }
            Set<Integer> result = new TreeSet<>();
            Set<Integer> totals = position == totalPosition ? Set.of() : range(line[totalPosition]);
            for (int candidate : range(line[position])) {
                for (int others : othersParts) {
                    boolean fits = position == totalPosition ? candidate == others
                            : totals.contains(candidate + others);
                    if (fits) {
                        result.add(candidate);
                    }
                }
            }
            return result;
        }

        private Set<Integer> range(int index) {
            Figure figure = table.figure(index);
            if (figure.value() != null) {
                return Set.of(figure.value());
            }
            Set<Integer> range = new TreeSet<>();
            boolean withheld = Figure.WITHHELD.equals(figure.marker());
            for (int v = withheld ? 0 : 1; v <= (withheld ? ANYTHING : minimumCount - 1); v++) {
                range.add(v);
            }
            return range;
        }

        private static Set<Integer> plus(Set<Integer> sums, Set<Integer> values) {
            Set<Integer> result = new TreeSet<>();
            for (int sum : sums) {
                for (int value : values) {
                    if (sum + value <= 4 * ANYTHING) {
                        result.add(sum + value);
                    }
                }
            }
            return result;
        }
    }
}
