package se.stockholm.vbe.api.report;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.plan.ActionPlan;

/**
 * De-identified incident reports. Implemented by the platform; thread-safe; every method blocks on the database,
 * and every change is one transaction that either happens whole or not at all.
 *
 * <p>Errors: {@link se.stockholm.vbe.api.NotFoundException} for an unknown committee or report,
 * {@link se.stockholm.vbe.api.AccessDeniedException} when the actor lacks the role,
 * {@link se.stockholm.vbe.api.InvalidInputException} naming the field that breaks a rule,
 * {@link se.stockholm.vbe.api.ConflictException} for a report already reviewed.
 */
@ProviderType
public interface IncidentReportService {

    /** The role that may send reports: every city employee. */
    String REPORTER = "reporter";

    /**
     * Stores a report for the committee; returns only after it is committed. Needs the role {@link #REPORTER}.
     * The description may hold no personal identity number, e-mail address, phone number or street address.
     */
    IncidentReport submit(String committeeId, ReportForm form, Actor actor);

    /**
     * The committee's reports, newest first, {@code limit} after the report numbered {@code after}; for its
     * editors and the coordinator.
     */
    Page<IncidentReport> reports(String committeeId, int limit, Long after, Actor actor);

    /** Reviews a submitted report; for the committee's editors. A report is reviewed once. */
    IncidentReport review(String committeeId, long reportId, ReportReview review, Actor actor);

    /** The committee's accepted reports of a year as counts; for its editors and the coordinator. */
    ReportFigures figures(String committeeId, int year, Actor actor);

    /**
     * Adds the accepted reports of the year not yet taken over to the draft plan's situation picture (each count
     * raised by its reports) and marks them taken over, in one transaction, provided the plan is still at
     * {@code expectedVersion}. Rights and status as for any change of the plan.
     */
    ActionPlan takeOver(String committeeId, int year, long expectedVersion, Actor actor);
}
