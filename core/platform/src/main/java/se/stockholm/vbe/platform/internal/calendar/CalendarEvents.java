package se.stockholm.vbe.platform.internal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.stockholm.vbe.api.calendar.CalendarEvent;
import se.stockholm.vbe.api.calendar.Deadline;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredDeadline;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredWindow;
import se.stockholm.vbe.platform.internal.calendar.EventLedger.Draft;

/**
 * The calendar's events in Swedish, with UIDs that never change for the same deadline or window position, so a
 * subscribed calendar updates an event instead of adding another.
 */
final class CalendarEvents {

    /** The domain of every UID. */
    static final String DOMAIN = "vbe.stockholm.se";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv"));

    private CalendarEvents() {
    }

    /**
     * When a date nobody set was last modified, for its first serving: defaults and bundles' windows have no time of
     * change, so a fixed instant stands for it (1 January of the year before the plan year, 00:00 UTC), the same on
     * every node.
     */
    static Instant unchangedSince(int year) {
        return LocalDate.of(year - 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Whether a feed read on {@code today} carries an event: those that end on 1 January of this year or later, so
     * the verksamhetsberättelse of last year's plan stays in the feed until it is due.
     */
    static boolean inFeed(CalendarEvent event, LocalDate today) {
        return !event.last().isBefore(today.withDayOfYear(1));
    }

    static Draft deadline(int year, StoredDeadline deadline) {
        Deadline which = deadline.deadline();
        return new Draft(year, new CalendarEvent(which.key() + "-" + year + "@" + DOMAIN, deadline.date(),
                deadline.date(), summary(which, year), description(which, year), 0, setAt(year,
                        deadline.changedAt())));
    }

    static Draft grantWindow(int year, CommitteeInfo committee, StoredWindow window) {
        return new Draft(year, new CalendarEvent("grant-window-" + committee.id() + "-" + window.position() + "-" + year + "@"
                + DOMAIN, window.window().opens(), window.window().closes(),
                committee.name() + ": " + window.window().title(),
                "Ansökningsperiod för bidrag hos " + committee.name() + ", " + DAY.format(window.window().opens())
                        + " till och med " + DAY.format(window.window().closes()) + ": " + window.window().title()
                        + ". Bidrag och lokaler ges bara till föreningar som står bakom demokratins principer, "
                        + "mänskliga rättigheter och jämställdhet.",
                0, setAt(year, window.changedAt())));
    }

    private static Instant setAt(int year, Instant changedAt) {
        return changedAt == null ? unchangedSince(year) : changedAt;
    }

    private static String summary(Deadline deadline, int year) {
        return switch (deadline) {
            case T1 -> "Tertialrapport 1 " + year + ": sista dag";
            case T2 -> "Tertialrapport 2 " + year + ": sista dag";
            case ANNUAL_REPORT -> "Verksamhetsberättelse " + year + ": sista dag";
            case COMMITTEE_ADOPTION -> "Handlingsplan " + year + ": sista dag för nämndens antagande";
            case CITY_APPROVAL -> "Handlingsplan " + year + ": sista dag för kommunstyrelsens godkännande";
        };
    }

    private static String description(Deadline deadline, int year) {
        String plans = "handlingsplanerna mot våldsbejakande extremism";
        return switch (deadline) {
            case T1 -> "Sista dag för nämndernas uppföljning av " + plans + " i tertialrapport 1 " + year
                    + " (januari–april).";
            case T2 -> "Sista dag för nämndernas uppföljning av " + plans + " i tertialrapport 2 " + year
                    + " (maj–augusti).";
            case ANNUAL_REPORT -> "Sista dag för nämndernas uppföljning av " + plans + " för " + year
                    + " i verksamhetsberättelsen.";
            case COMMITTEE_ADOPTION -> "Sista dag för nämnderna att anta sina lokala " + plans + " för " + year
                    + ", reviderade från en ny lägesbild.";
            case CITY_APPROVAL -> "Sista dag för kommunstyrelsens godkännande av nämndernas " + plans + " för "
                    + year + ".";
        };
    }
}
