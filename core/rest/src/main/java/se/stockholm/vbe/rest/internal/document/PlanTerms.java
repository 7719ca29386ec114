package se.stockholm.vbe.rest.internal.document;

import java.time.Instant;
import java.util.Optional;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.Schedule;

/**
 * How the spreadsheets and the PDF write a plan's schedules, figures, decisions and follow-ups. Statuses have their
 * {@code label()} in the API; what is composed from them is composed here, once.
 */
public final class PlanTerms {

    public static final String ONGOING = "Löpande";
    public static final String NOT_REPORTED = "Ej rapporterad";
    public static final String NONE = "–";

    private PlanTerms() {
    }

    /** {@code 2019-03 – 2019-10}, or {@value #ONGOING}: months in ISO form, which sort and filter in Excel. */
    public static String schedule(Schedule schedule) {
        return schedule.ongoing() ? ONGOING : schedule.start() + " – " + schedule.end();
    }

    /** A published figure as a cell: the number, its marker ({@code "<3"}, {@code ".."}), or {@code null}. */
    public static Object figure(Figure figure) {
        return figure == null ? null : figure.value() != null ? figure.value() : figure.marker();
    }

    /** A published figure as text: the number, its marker, or {@value #NONE}. */
    public static String figureText(Figure figure) {
        Object cell = figure(figure);
        return cell == null ? NONE : cell.toString();
    }

    /** What a decision to move a plan to {@code status} is called in its record (a draft again is a reversal). */
    public static String decision(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "Återförd till utkast";
            case ADOPTED -> "Antagen av nämnden";
            case APPROVED -> "Godkänd av kommunstyrelsen";
            case ARCHIVED -> PlanStatus.ARCHIVED.label();
        };
    }

    /** T1, T2 or VB: a period as the seed plans' tables abbreviate it. */
    public static String abbreviation(FollowUpPeriod period) {
        return period == FollowUpPeriod.ANNUAL_REPORT ? "VB" : period.name();
    }

    /**
     * The follow-up that stands for an activity in a period: the one recorded last; of two recorded at the same
     * moment (or both without a time) the later in the activity's list.
     */
    public static Optional<FollowUp> latest(Activity activity, FollowUpPeriod period) {
        return activity.followUps().stream().filter(followUp -> followUp.period() == period)
                .reduce((earlier, later) -> recorded(later).compareTo(recorded(earlier)) >= 0 ? later : earlier);
    }

    private static Instant recorded(FollowUp followUp) {
        return followUp.recordedAt() == null ? Instant.EPOCH : followUp.recordedAt();
    }

    /** The text, or {@value #NONE} when there is none. */
    public static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
