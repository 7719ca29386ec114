package se.stockholm.vbe.api.plan;

/**
 * One published incident figure: the exact number, or a marker where the number is withheld. In JSON
 * an exact figure is a number, a withheld one a string: {@code "<3"} for a count of 1 or 2 (below the
 * configured minimum), {@code ".."} for a figure withheld so that a small count cannot be worked out
 * from a total (it may be any number, zero included).
 *
 * @param value the exact number; {@code null} when withheld
 * @param marker {@code "<3"} or {@code ".."} when withheld; {@code null} when exact
 */
public record Figure(Integer value, String marker) {

    /** The marker of a figure withheld to protect another. */
    public static final String WITHHELD = "..";

    public Figure {
        if ((value == null) == (marker == null)) {
            throw new IllegalArgumentException("a figure is either a value or a marker");
        }
    }

    public static Figure exact(int value) {
        return new Figure(value, null);
    }

    /** A count below {@code minimumCount}, shown as {@code "<minimumCount"}. */
    public static Figure small(int minimumCount) {
        return new Figure(null, "<" + minimumCount);
    }

    public static Figure withheld() {
        return new Figure(null, WITHHELD);
    }
}
