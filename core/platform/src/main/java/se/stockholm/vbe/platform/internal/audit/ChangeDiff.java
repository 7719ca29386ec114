package se.stockholm.vbe.platform.internal.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The compact text of a change: {@code field: before → after} for each field that differs, separated by
 * {@code ; }, with {@code –} for a field that is absent on one side. Each value and the whole text are cut at a
 * fixed length, so one long lägesbild text cannot fill the trail; a cut is marked {@code … [avkortad]}.
 */
public final class ChangeDiff {

    /** What the trail stores of one change; the column is this wide. */
    public static final int MAX_LENGTH = 4000;
    /** What is kept of one value. */
    static final int MAX_VALUE_LENGTH = 300;
    static final String ABSENT = "–";
    static final String CUT = "… [avkortad]";

    private ChangeDiff() {
    }

    /** The fields whose values differ, in the order of {@code before} and then the new ones of {@code after}. */
    public static String between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        StringJoiner change = new StringJoiner("; ");
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                change.add(field + ": " + value(old) + " → " + value(now));
            }
        }
        return cut(change.toString());
    }

    /** The text cut to {@link #MAX_LENGTH}, marked when cut; {@code null} stays {@code null}. */
    public static String cut(String text) {
        return cut(text, MAX_LENGTH);
    }

    private static String value(String value) {
        return value == null ? ABSENT : cut(value, MAX_VALUE_LENGTH);
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - CUT.length()) + CUT;
    }
}
