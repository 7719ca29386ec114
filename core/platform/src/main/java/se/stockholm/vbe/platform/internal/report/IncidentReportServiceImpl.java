package se.stockholm.vbe.platform.internal.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.report.IncidentReport;
import se.stockholm.vbe.api.report.IncidentReportService;
import se.stockholm.vbe.api.report.ReportFigures;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportReview;
import se.stockholm.vbe.api.report.ReportStatus;
import se.stockholm.vbe.api.report.ReviewDecision;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.platform.internal.plan.SituationAmendments;
import se.stockholm.vbe.platform.internal.plan.SituationMerge;

/**
 * The reports' rules: who may send, read and review them (what a form and a review must hold is
 * {@link ReportChecks}'), and that a report counts once. A submit returns after its commit, so an acknowledged report is never lost. The
 * reporter's identity leaves this service only in {@link #reports}; submits are not audited, so it is in no audit
 * entry either (the row records when and by whom).
 */
@Component(service = IncidentReportService.class)
public final class IncidentReportServiceImpl implements IncidentReportService {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentReportServiceImpl.class);

    private final Database database;
    private final PlanGeneration generation;
    private final CommitteeDirectory committees;
    private final SituationAmendments amendments;
    private final ReportChecks checks;

    @Activate
    public IncidentReportServiceImpl(@Reference Database database, @Reference PlanGeneration generation,
            @Reference CommitteeDirectory committees, @Reference SituationAmendments amendments) {
        this(database, generation, committees, amendments, Clock.system(StoredTime.CITY));
    }

    IncidentReportServiceImpl(Database database, PlanGeneration generation, CommitteeDirectory committees,
            SituationAmendments amendments, Clock clock) {
        this.database = database;
        this.generation = generation;
        this.committees = committees;
        this.amendments = amendments;
        this.checks = new ReportChecks(clock);
    }

    @Override
    public IncidentReport submit(String committeeId, ReportForm form, Actor actor) {
        requireCommittee(committeeId);
        if (!actor.hasRole(REPORTER)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not send incident reports "
                    + "(needs the role " + REPORTER + ")");
        }
        ReportForm checked = checks.form(form);
        return database.transaction(connection -> {
            long id = ReportStore.insert(connection, committeeId, checked, StoredTime.now(), actor.name());
            return ReportStore.report(connection, committeeId, id).orElseThrow().withoutReporter();
        });
    }

    @Override
    public Page<IncidentReport> reports(String committeeId, int limit, Long after, Actor actor) {
        requireCommittee(committeeId);
        requireReader(committeeId, actor);
        int size = Page.limit(limit);
        return database.read(connection -> Page.of(ReportStore.page(connection, committeeId, after, size + 1), size,
                report -> Long.toString(report.id())));
    }

    @Override
    public IncidentReport review(String committeeId, long reportId, ReportReview review, Actor actor) {
        requireCommittee(committeeId);
        if (!actor.hasRole(Actor.EDITOR_PREFIX + committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not review the incident reports of "
                    + committeeId + " (needs the role " + Actor.EDITOR_PREFIX + committeeId + ")");
        }
        ReportReview checked = ReportChecks.review(review, reportId);
        return database.transaction(connection -> {
            IncidentReport before = ReportStore.report(connection, committeeId, reportId)
                    .orElseThrow(() -> noReport(committeeId, reportId));
            if (checked.duplicateOf() != null) {
                requireAcceptedOriginal(connection, committeeId, checked.duplicateOf());
            }
            if (!ReportStore.review(connection, reportId, checked.decision().status(), StoredTime.now(),
                    actor.displayName(), checked.reason(), checked.duplicateOf())) {
                throw new ConflictException("report " + reportId + " was already reviewed (it is "
                        + ReportStore.report(connection, committeeId, reportId).orElseThrow().status()
                        + "); a report is reviewed once");
            }
            IncidentReport after = ReportStore.report(connection, committeeId, reportId).orElseThrow();
            AuditTrail.record(connection, AuditEntry.of(actor).action("incident-report-review")
                    .entity("incident-report", Long.toString(reportId)).committee(committeeId)
                    .year(after.month().getYear()).change(fields(before), fields(after)));
            if (after.status() == ReviewDecision.ACCEPT.status()) {
                // The city-wide summary counts accepted reports: cached views must be built again.
                generation.moveOn(connection);
            }
            LOG.info("Incident report {} of {} reviewed by {}: {}", reportId, committeeId, actor.displayName(),
                    after.status());
            return after;
        });
    }

    @Override
    public ReportFigures figures(String committeeId, int year, Actor actor) {
        requireCommittee(committeeId);
        requireReader(committeeId, actor);
        PlanService.requireYear(year);
        return database.read(connection -> {
            List<IncidentReport> accepted = ReportStore.accepted(connection, committeeId, year, false);
            List<IncidentReport> open = accepted.stream().filter(r -> r.takenOverInto() == null).toList();
            return new ReportFigures(committeeId, year, accepted.size(), open.size(), ReportCounts.of(open, null));
        });
    }

    @Override
    public ActionPlan takeOver(String committeeId, int year, long expectedVersion, Actor actor) {
        requireCommittee(committeeId);
        PlanService.requireYear(year);
        // Filled by the amendment, read by the audit after it: which reports (ids only, never who sent them).
        Map<String, String> taken = new HashMap<>();
        return amendments.amend(committeeId, year, expectedVersion, actor, "incident-reports-take-over", taken,
                (connection, before) -> {
                    List<IncidentReport> open = ReportStore.accepted(connection, committeeId, year, true);
                    if (open.isEmpty()) {
                        throw new ConflictException("no accepted incident reports of " + year + " are left to take "
                                + "over into the plan");
                    }
                    for (IncidentReport report : open) {
                        if (!ReportStore.takenOver(connection, report.id(), year)) {
                            throw new ConflictException("report " + report.id() + " was taken over meanwhile; try "
                                    + "again");
                        }
                    }
                    taken.put("incident-reports", open.stream().map(report -> Long.toString(report.id()))
                            .collect(Collectors.joining(",")));
                    return SituationMerge.merged(before, ReportCounts.of(open, null), List.of());
                });
    }

    /** What the audit keeps of a report: its review, never its reporter or text. */
    private static Map<String, String> fields(IncidentReport report) {
        return Fields.named("status", report.status().name(), "reason", report.reason(), "duplicateOf",
                report.duplicateOf() == null ? null : report.duplicateOf().toString());
    }

    /**
     * The report a duplicate points to: of the same committee and accepted, a status that never changes again, so
     * the incident is counted once — never zero times through a chain of duplicates or a rejected original.
     */
    private static void requireAcceptedOriginal(Connection connection, String committeeId, long originalId)
            throws SQLException {
        IncidentReport original = ReportStore.report(connection, committeeId, originalId).orElseThrow(
                () -> new InvalidInputException("duplicateOf", "no report " + originalId + " of " + committeeId
                        + " to be a duplicate of"));
        if (original.status() != ReportStatus.ACCEPTED) {
            throw new InvalidInputException("duplicateOf", "report " + originalId + " is " + original.status()
                    + "; a duplicate points to an ACCEPTED report, so that the incident counts once");
        }
    }

    private void requireCommittee(String committeeId) {
        if (committees.committee(committeeId).isEmpty()) {
            throw new NotFoundException("no committee " + committeeId);
        }
    }

    private static void requireReader(String committeeId, Actor actor) {
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not read the incident reports of "
                    + committeeId + " (only its editors and the coordinator may)");
        }
    }


    private static NotFoundException noReport(String committeeId, long reportId) {
        return new NotFoundException("no incident report " + reportId + " of " + committeeId);
    }
}
