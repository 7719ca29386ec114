package se.stockholm.vbe.platform.internal.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.api.report.ReportAction;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportReview;
import se.stockholm.vbe.api.report.ReviewDecision;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.privacy.Identifiers;

/**
 * What a report's form and a review must hold: every field there, codes as the API lists them, a month that has
 * been (by the city's clock) and is not absurdly old, and text without identifiers or invisible tricks. Refusals the
 * reporter reads are in Swedish. Stateless but for the clock; thread-safe.
 */
final class ReportChecks {

    /** How far back a report's month may lie. */
    static final int MAX_YEARS_BACK = 5;
    static final int MAX_REASON = 1000;
    private static final String DE_IDENTIFIED = "blanketten är avidentifierad och får inte innehålla "
            + "kontaktuppgifter eller något annat som pekar ut en person";
    private static final Identifiers.Wording DESCRIPTION = new Identifiers.Wording("Beskrivningen", DE_IDENTIFIED);
    private static final Identifiers.Wording REASON = new Identifiers.Wording("Motiveringen", DE_IDENTIFIED);

    private final Clock clock;

    ReportChecks(Clock clock) {
        this.clock = clock;
    }

    /** The form as stored (description stripped), or the refusal naming the first field that breaks a rule. */
    ReportForm form(ReportForm form) {
        if (form == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        YearMonth month = required(form.month(), "month");
        YearMonth now = YearMonth.now(clock.withZone(StoredTime.CITY));
        if (month.isAfter(now)) {
            throw new InvalidInputException("month", "Månaden " + month + " har inte varit än: ange månaden då "
                    + "händelsen eller oron inträffade");
        }
        if (month.isBefore(now.minusYears(MAX_YEARS_BACK))) {
            throw new InvalidInputException("month", "Månaden " + month + " ligger mer än " + MAX_YEARS_BACK
                    + " år tillbaka");
        }
        required(form.environment(), "environment");
        required(form.type(), "type");
        required(form.placeType(), "placeType");
        required(form.source(), "source");
        List<ReportAction> actions = required(form.actions(), "actions");
        if (actions.isEmpty()) {
            throw new InvalidInputException("actions", "Ange vad som gjordes, eller NONE (inget av ovanstående)");
        }
        if (new HashSet<>(actions).size() != actions.size()) {
            throw new InvalidInputException("actions", "Ange varje åtgärd en gång");
        }
        if (actions.contains(ReportAction.NONE) && actions.size() > 1) {
            throw new InvalidInputException("actions", "NONE (inget av ovanstående) kan inte kombineras med en "
                    + "åtgärd");
        }
        String description = form.description() == null ? null : form.description().strip();
        if (description == null || description.isEmpty()) {
            throw new InvalidInputException("description", "Beskriv kort vad som hände");
        }
        if (description.length() > ReportForm.MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "Beskrivningen får vara högst "
                    + ReportForm.MAX_DESCRIPTION + " tecken (den är " + description.length() + ")");
        }
        plain(description, "description");
        Identifiers.refuseIn(description, "description", DESCRIPTION);
        ReportForm stripped = new ReportForm(month, form.environment(), form.type(), form.placeType(), form.source(),
                actions, description);
        PersonalDataGuard.check(stripped);
        return stripped;
    }

    /** The review as stored (reason stripped), or the refusal naming its field. */
    static ReportReview review(ReportReview review, long reportId) {
        if (review == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        ReviewDecision decision = required(review.decision(), "decision");
        String reason = review.reason() == null || review.reason().isBlank() ? null : review.reason().strip();
        if (decision == ReviewDecision.REJECT && reason == null) {
            throw new InvalidInputException("reason", "Ange varför rapporten avvisas");
        }
        if (decision != ReviewDecision.REJECT && reason != null) {
            throw new InvalidInputException("reason", "only a rejection has a reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (reason != null) {
            plain(reason, "reason");
        }
        if (decision == ReviewDecision.DUPLICATE && review.duplicateOf() == null) {
            throw new InvalidInputException("duplicateOf", "Ange vilken rapport den är en dubblett av");
        }
        if (decision != ReviewDecision.DUPLICATE && review.duplicateOf() != null) {
            throw new InvalidInputException("duplicateOf", "only a duplicate names the report it repeats");
        }
        if (review.duplicateOf() != null && review.duplicateOf() == reportId) {
            throw new InvalidInputException("duplicateOf", "a report cannot be a duplicate of itself");
        }
        ReportReview stripped = new ReportReview(decision, reason, review.duplicateOf());
        PersonalDataGuard.check(stripped);
        if (reason != null) {
            Identifiers.refuseIn(reason, "reason", REASON);
        }
        return stripped;
    }

    /** Text a person reads as it is stored: no control characters, lone surrogates or bidi overrides. */
    private static void plain(String text, String field) {
        try {
            Validation.optionalText(text, field, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
