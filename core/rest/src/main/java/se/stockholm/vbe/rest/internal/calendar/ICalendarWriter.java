package se.stockholm.vbe.rest.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.stockholm.vbe.api.calendar.CalendarEvent;

/**
 * Writes a published calendar in iCalendar (RFC 5545): CRLF line ends, content lines folded at 75 octets (never
 * inside a UTF-8 sequence), TEXT values escaped, all-day events as {@code VALUE=DATE} with an exclusive end. No
 * {@code METHOD}: a subscribed feed, so each event's DTSTAMP is its LAST-MODIFIED (RFC 5545 3.8.7.2) and the output
 * depends on the events alone, the same bytes on every read and node.
 */
public final class ICalendarWriter {

    /** The media type of the feeds. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /** The calendar named {@code name} (shown by clients as the subscription's name) with these events. */
    public static byte[] write(String name, String description, List<CalendarEvent> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Stockholms stad//VBE-plattformen//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "NAME:" + text(name));
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "DESCRIPTION:" + text(description));
        line(out, "X-WR-CALDESC:" + text(description));
        // how often a subscribed client should fetch again (RFC 7986; Outlook reads the X- form)
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        line(out, "X-PUBLISHED-TTL:PT12H");
        for (CalendarEvent event : events) {
            event(out, event);
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder out, CalendarEvent event) {
        String stamp = UTC.format(event.lastModified());
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "DTSTAMP:" + stamp);
        line(out, "LAST-MODIFIED:" + stamp);
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTART;VALUE=DATE:" + date(event.first()));
        line(out, "DTEND;VALUE=DATE:" + date(event.last().plusDays(1)));
        line(out, "SUMMARY;LANGUAGE=sv:" + text(event.summary()));
        line(out, "DESCRIPTION;LANGUAGE=sv:" + text(event.description()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "CLASS:PUBLIC");
        line(out, "END:VEVENT");
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** One content line, folded so no physical line exceeds 75 octets (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                // the space that marks a continuation counts towards the line's 75 octets
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
