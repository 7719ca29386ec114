package se.stockholm.vbe.platform.internal.plan;

import java.time.LocalDate;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * What a decision record must hold: adopting and approving are decisions taken at a meeting, so they
 * need its date, the case's diarienummer and the paragraph of the minutes; other transitions may name
 * them. A meeting cannot lie in the future (the city's calendar day counts).
 */
final class DecisionRules {


    private DecisionRules() {
    }

    /** @throws InvalidInputException naming the field that is missing or impossible */
    static void check(PlanStatus to, DecisionRecord decision) {
        if (Lifecycle.isDecision(to)) {
            if (decision.meetingDate() == null) {
                throw missing("meetingDate", to, "e.g. 2019-03-14");
            }
            if (decision.diaryNumber() == null) {
                throw missing("diaryNumber", to, "e.g. 1.2.3-456/2019");
            }
            if (decision.paragraph() == null) {
                throw missing("paragraph", to, "e.g. § 12");
            }
        }
        checkMeetingDate(decision);
    }

    /** @throws InvalidInputException if the meeting date is in the future or before the platform's years */
    static void checkMeetingDate(DecisionRecord decision) {
        LocalDate meeting = decision.meetingDate();
        if (meeting == null) {
            return;
        }
        LocalDate today = LocalDate.now(StoredTime.CITY);
        if (meeting.isAfter(today)) {
            throw new InvalidInputException("meetingDate", "the meeting on " + meeting
                    + " has not taken place yet (today is " + today + ")");
        }
        if (meeting.getYear() < PlanService.MIN_YEAR - 1) {
            throw new InvalidInputException("meetingDate", meeting + " is before any plan year the platform keeps");
        }
    }

    private static InvalidInputException missing(String field, PlanStatus to, String example) {
        return new InvalidInputException(field, "is required to record a plan as " + to + " (" + example + ")");
    }
}
