package se.stockholm.vbe.platform.internal.secrecy;

import java.util.ArrayList;
import java.util.List;

import se.stockholm.vbe.api.plan.Figure;

/**
 * Small-count suppression of a set of published figures tied by sums, as Swedish official statistics do
 * it: a count from 1 to {@code minimumCount - 1} is shown as {@code "<3"} (primary suppression), and
 * further figures are withheld as {@code ".."} until no sum the reader is given pins any withheld figure
 * to one value (secondary suppression).
 *
 * <p>The reader knows: a {@code "<3"} figure is 1 or 2, a {@code ".."} figure is any number from 0, a
 * shown figure is exact, and each sum holds. For each sum this class checks every withheld figure in it:
 * if the sum and the others' bounds leave it one possible value, it withholds the smallest non-zero
 * figure still shown in that sum (a zero only when none is left; a total only when nothing else is
 * left; a {@code "<3"} becomes {@code ".."} as the last resort), and checks again until no sum pins
 * anything. Entries added with {@link #published} keep their figure: they were published elsewhere and
 * must look the same everywhere. Not thread-safe; one table per computation.
 */
final class SuppressionTable {

    private static final long UNBOUNDED = 1L << 40;

    private enum State { EXACT, SMALL, WITHHELD }

    private final int minimumCount;
    private final List<Integer> values = new ArrayList<>();
    private final List<State> states = new ArrayList<>();
    private final List<Boolean> fixed = new ArrayList<>();
    private final List<int[]> sums = new ArrayList<>();

    SuppressionTable(int minimumCount) {
        if (minimumCount < 1) {
            throw new IllegalArgumentException("minimumCount must be at least 1 (was " + minimumCount + ")");
        }
        this.minimumCount = minimumCount;
    }

    /** A figure this table decides on; returns its index. */
    int add(int value) {
        return entry(value, value > 0 && value < minimumCount ? State.SMALL : State.EXACT, false);
    }

    /** A figure already published as {@code figure}, which this table may not change; returns its index. */
    int published(int value, Figure figure) {
        State state = figure.value() != null ? State.EXACT
                : Figure.WITHHELD.equals(figure.marker()) ? State.WITHHELD : State.SMALL;
        return entry(value, state, true);
    }

    /** Declares that {@code total} is the sum of {@code parts}. */
    void sum(int total, List<Integer> parts) {
        int[] line = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            line[i] = parts.get(i);
        }
        line[parts.size()] = total;
        int check = 0;
        for (int part : parts) {
            check += values.get(part);
        }
        if (check != values.get(total)) {
            throw new IllegalArgumentException("parts add up to " + check + ", not to " + values.get(total));
        }
        sums.add(line);
    }

    /** Suppresses until no sum pins a withheld figure. */
    SuppressionTable protect() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : sums) {
                if (pinsAWithheldFigure(line) && withholdOneMore(line)) {
                    changed = true;
                }
            }
        }
        return this;
    }

    /** The figure to publish for an entry. */
    Figure figure(int index) {
        return switch (states.get(index)) {
            case EXACT -> Figure.exact(values.get(index));
            case SMALL -> Figure.small(minimumCount);
            case WITHHELD -> Figure.withheld();
        };
    }

    private int entry(int value, State state, boolean isFixed) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative (was " + value + ")");
        }
        values.add(value);
        states.add(state);
        fixed.add(isFixed);
        return values.size() - 1;
    }

    private boolean pinsAWithheldFigure(int[] line) {
        for (int position = 0; position < line.length; position++) {
            if (states.get(line[position]) != State.EXACT && onlyValue(line, position)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sum leaves the entry at {@code position} a single possible value. The line reads
     * {@code parts - total = 0}: the entry is the negated sum of the others (signed), within its bounds.
     */
    private boolean onlyValue(int[] line, int position) {
        int totalPosition = line.length - 1;
        long low = 0;
        long high = 0;
        for (int i = 0; i < line.length; i++) {
            if (i == position) {
                continue;
            }
            long min = lowerBound(line[i]);
            long max = upperBound(line[i]);
            if (i == totalPosition) {
                low -= max;
                high -= min;
            } else {
                low += min;
                high += max;
            }
        }
        // parts: x = -(others) ; total: x = others
        long from = position == totalPosition ? low : -high;
        long to = position == totalPosition ? high : -low;
        long min = Math.max(from, lowerBound(line[position]));
        long max = Math.min(to, upperBound(line[position]));
        return min == max;
    }

    private long lowerBound(int index) {
        return switch (states.get(index)) {
            case EXACT -> values.get(index);
            case SMALL -> 1;
            case WITHHELD -> 0;
        };
    }

    private long upperBound(int index) {
        return switch (states.get(index)) {
            case EXACT -> values.get(index);
            case SMALL -> minimumCount - 1;
            case WITHHELD -> UNBOUNDED;
        };
    }

    private boolean withholdOneMore(int[] line) {
        int choice = -1;
        int totalIndex = line[line.length - 1];
        for (int index : line) {
            if (!fixed.get(index) && states.get(index) == State.EXACT && better(index, choice, totalIndex)) {
                choice = index;
            }
        }
        if (choice < 0) {
            for (int index : line) {
                if (!fixed.get(index) && states.get(index) == State.SMALL) {
                    choice = index;
                    break;
                }
            }
        }
        if (choice < 0) {
            return false;
        }
        states.set(choice, State.WITHHELD);
        return true;
    }

    /** Parts before the total, non-zero before zero, then the smallest value, then the first. */
    private boolean better(int index, int choice, int totalIndex) {
        if (choice < 0) {
            return true;
        }
        if ((index == totalIndex) != (choice == totalIndex)) {
            return choice == totalIndex;
        }
        int value = values.get(index);
        int current = values.get(choice);
        if ((value == 0) != (current == 0)) {
            return current == 0;
        }
        return value < current;
    }
}
