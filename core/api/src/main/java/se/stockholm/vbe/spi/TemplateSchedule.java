package se.stockholm.vbe.spi;

import java.time.YearMonth;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.Schedule;

/**
 * When a catalogue activity runs, relative to the plan year it is taken into, so a catalogue does not go stale
 * when the year turns.
 *
 * @param kind the whole plan year, ongoing (löpande), some months, or one tertial
 * @param from for {@link Kind#MONTHS}, the first month (1–12); otherwise absent
 * @param to for {@link Kind#MONTHS}, the last month (1–12); a month before {@code from} lies in the following
 *        year (6 to 5 is June to next May, a school year); otherwise absent
 * @param tertial for {@link Kind#TERTIAL}, which tertial (1–3: January–April, May–August,
 *        September–December); otherwise absent
 */
public record TemplateSchedule(Kind kind, Integer from, Integer to, Integer tertial) {

    /** How the schedule is given. */
    public enum Kind {
        /** January to December of the plan year. */
        WHOLE_YEAR,
        /** Runs continuously (löpande), with no start or end. */
        ONGOING,
        /** From one month to another of the plan year (or into the next). */
        MONTHS,
        /** One tertial of the plan year: the periods T1, T2 and the annual report follow. */
        TERTIAL
    }

    public TemplateSchedule {
        Validation.require(kind, "kind");
        if (kind == Kind.MONTHS) {
            requireMonth(from, "from");
            requireMonth(to, "to");
        } else if (from != null || to != null) {
            throw new IllegalArgumentException("from and to belong to a MONTHS schedule, not " + kind);
        }
        if (kind == Kind.TERTIAL) {
            if (tertial == null || tertial < 1 || tertial > 3) {
                throw new IllegalArgumentException("tertial must be 1, 2 or 3 (was " + tertial + ")");
            }
        } else if (tertial != null) {
            throw new IllegalArgumentException("tertial belongs to a TERTIAL schedule, not " + kind);
        }
    }

    public static TemplateSchedule wholeYear() {
        return new TemplateSchedule(Kind.WHOLE_YEAR, null, null, null);
    }

    public static TemplateSchedule ongoing() {
        return new TemplateSchedule(Kind.ONGOING, null, null, null);
    }

    /** From month {@code from} to month {@code to} of the plan year; a {@code to} before {@code from} ends next year. */
    public static TemplateSchedule months(int from, int to) {
        return new TemplateSchedule(Kind.MONTHS, from, to, null);
    }

    public static TemplateSchedule tertial(int tertial) {
        return new TemplateSchedule(Kind.TERTIAL, null, null, tertial);
    }

    /** The schedule of an activity taken into the plan of {@code year}. */
    public Schedule in(int year) {
        return switch (kind) {
            case WHOLE_YEAR -> Schedule.between(YearMonth.of(year, 1), YearMonth.of(year, 12));
            case ONGOING -> Schedule.continuous();
            case MONTHS -> Schedule.between(YearMonth.of(year, from), YearMonth.of(to < from ? year + 1 : year, to));
            case TERTIAL -> Schedule.between(YearMonth.of(year, tertial * 4 - 3), YearMonth.of(year, tertial * 4));
        };
    }

    private static void requireMonth(Integer month, String name) {
        if (month == null || month < 1 || month > 12) {
            throw new IllegalArgumentException(name + " must be a month from 1 to 12 (was " + month + ")");
        }
    }
}
