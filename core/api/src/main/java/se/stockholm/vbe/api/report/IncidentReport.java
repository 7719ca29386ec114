package se.stockholm.vbe.api.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;

/**
 * A de-identified incident report as the committee's editors and the coordinator read it.
 *
 * @param id the report's number
 * @param committeeId the committee it was sent to
 * @param submittedBy who sent it, kept for questions back; only ever shown to the committee's editors and the
 *        coordinator (never in figures, summaries or exports); {@code null} in the answer to the reporter
 * @param status where it stands in its review
 * @param reviewedBy the editor who reviewed it; {@code null} while submitted
 * @param reason why it was rejected; {@code null} unless rejected
 * @param duplicateOf the report it repeats; {@code null} unless a duplicate
 * @param takenOverInto the plan year whose situation picture counts it; {@code null} until taken over
 */
public record IncidentReport(long id, String committeeId, YearMonth month, Environment environment,
        IncidentType type, PlaceType placeType, InformationSource source, List<ReportAction> actions,
        String description, Instant submittedAt, String submittedBy, ReportStatus status, Instant reviewedAt,
        String reviewedBy, String reason, Long duplicateOf, Integer takenOverInto) {

    public IncidentReport {
        actions = List.copyOf(actions);
    }

    /** The report as its reporter gets it back: without the identity, which they know. */
    public IncidentReport withoutReporter() {
        return new IncidentReport(id, committeeId, month, environment, type, placeType, source, actions,
                description, submittedAt, null, status, reviewedAt, reviewedBy, reason, duplicateOf, takenOverInto);
    }
}
