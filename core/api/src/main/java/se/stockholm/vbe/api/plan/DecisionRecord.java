package se.stockholm.vbe.api.plan;

import java.time.LocalDate;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.Validation;

/**
 * Where a decision on a plan is recorded: the meeting that took it, the case's diarienummer and the
 * paragraph of the minutes. Each part may be absent here; which a transition requires is the plan
 * service's rule. Formats are checked at construction.
 *
 * @param meetingDate the day of the meeting (may be earlier than the recording)
 * @param diaryNumber the diarienummer, {@code 1.2.3-456/2019} (classification, serial number, year) or
 *        the older {@code 155-943/2015}
 * @param paragraph the paragraph of the minutes, {@code § 12} (normalised to one space after §)
 */
public record DecisionRecord(LocalDate meetingDate, String diaryNumber, String paragraph) {

    /** One to six dot-separated classification numbers, a serial number, a slash and a four-digit year. */
    private static final Pattern DIARY_NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,5}-\\d{1,6}/(\\d{4})");
    private static final Pattern PARAGRAPH = Pattern.compile("§\\s?(\\d{1,4}(\\s?[a-z])?)");

    /** A record with nothing in it. */
    public static final DecisionRecord NONE = new DecisionRecord(null, null, null);

    public DecisionRecord {
        diaryNumber = Validation.optionalText(diaryNumber, "diaryNumber", 40);
        if (diaryNumber != null) {
            var matcher = DIARY_NUMBER.matcher(diaryNumber);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("diaryNumber must look like 1.2.3-456/2019 (was " + diaryNumber
                        + ")");
            }
            int year = Integer.parseInt(matcher.group(2));
            if (year < 1950) {
                throw new IllegalArgumentException("diaryNumber " + diaryNumber + " names the year " + year);
            }
            if (meetingDate != null && year > meetingDate.getYear()) {
                throw new IllegalArgumentException("diaryNumber " + diaryNumber + " was registered in " + year
                        + ", after the meeting on " + meetingDate + " that decided it");
            }
        }
        paragraph = Validation.optionalText(paragraph, "paragraph", 20);
        if (paragraph != null) {
            var matcher = PARAGRAPH.matcher(paragraph);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("paragraph must look like § 12 (was " + paragraph + ")");
            }
            paragraph = "§ " + matcher.group(1);
        }
    }

    /** Whether any part was given. */
    public boolean anyGiven() {
        return meetingDate != null || diaryNumber != null || paragraph != null;
    }
}
