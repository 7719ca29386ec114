package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.PreconditionFailedException;
import se.stockholm.vbe.api.PreconditionRequiredException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.feature.Feature;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.plan.AcceptedReportTotals;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.PlanDiff;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanSummary;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.api.report.IncidentReport;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.SqlWork;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.report.ReportCounts;
import se.stockholm.vbe.platform.internal.report.ReportStore;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * The plan rules: who may do what, which lifecycle moves are legal, and that every change is whole,
 * versioned and free of personal identity numbers. Storage is {@link PlanStore}'s.
 */
@Component(service = {PlanService.class, SituationAmendments.class})
public final class PlanServiceImpl implements PlanService, SituationAmendments {

    private final Database database;
    private final CommitteeDirectory committees;
    private final FeatureService features;
    private final PlanGeneration generation;
    private final Disclosure disclosure;
    private final PlanStore store = new PlanStore();
    private final DecidedVersions decidedVersions = new DecidedVersions(store);

    @Activate
    public PlanServiceImpl(@Reference Database database, @Reference CommitteeDirectory committees,
            @Reference FeatureService features, @Reference PlanGeneration generation,
            @Reference Disclosure disclosure) {
        this.database = database;
        this.committees = committees;
        this.features = features;
        this.generation = generation;
        this.disclosure = disclosure;
    }

    @Override
    public List<PlanSummary> plans(String committeeId, Actor actor) {
        requireCommittee(committeeId);
        return database.transaction(connection -> {
            List<PlanSummary> summaries = new ArrayList<>();
            for (PlanRow row : store.rows(connection, committeeId)) {
                if (row.status().isPublic() || actor.canSeeDrafts(committeeId)) {
                    summaries.add(new PlanSummary(row.year(), row.status(), row.version(), row.updatedAt(),
                            row.revision()));
                } else if (row.underRevision()) {
                    decidedVersions.of(connection, row).ifPresent(decided -> summaries.add(new PlanSummary(
                            row.year(), decided.status(), decided.version(), decided.updatedAt(), row.revision())));
                }
            }
            return summaries;
        });
    }

    @Override
    public ActionPlan plan(String committeeId, int year, Actor actor) {
        requirePlanKey(committeeId, year);
        return shown(database.transaction(connection -> {
            PlanRow row = visibleRow(connection, committeeId, year, actor);
            if (row.underRevision() && !actor.canSeeDrafts(committeeId)) {
                return decidedVersion(connection, row);
            }
            ActionPlan plan = store.plan(connection, committeeId, year).orElseThrow(() -> noPlan(committeeId, year));
            return row.underRevision() ? plan.underRevision(row.revision()) : plan;
        }), actor);
    }

    @Override
    public ActionPlan decided(String committeeId, int year, Actor actor) {
        requirePlanKey(committeeId, year);
        return shown(database.transaction(connection -> {
            PlanRow row = visibleRow(connection, committeeId, year, actor);
            if (row.underRevision()) {
                return decidedVersion(connection, row);
            }
            if (!row.status().isPublic()) {
                throw new NotFoundException("plan " + committeeId + "/" + year + " is a draft that was never decided");
            }
            return store.plan(connection, committeeId, year).orElseThrow(() -> noPlan(committeeId, year));
        }), actor);
    }

    @Override
    public ActionPlan create(String committeeId, int year, PlanDocument document, Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        PersonalDataGuard.check(document);
        try {
            return shown(write(connection -> {
                if (store.row(connection, committeeId, year).isPresent()) {
                    throw alreadyExists(committeeId, year);
                }
                store.insert(connection, committeeId, year, PlanStatus.DRAFT, document, actor.displayName(),
                        StoredTime.now());
                ActionPlan created = store.plan(connection, committeeId, year).orElseThrow();
                AuditTrail.record(connection, AuditEntry.of(actor).action("create").plan(committeeId, year)
                        .change(Map.of(), PlanAudit.fields(created)).confidential(PlanAudit.confidential(created)));
                return created;
            }), actor);
        } catch (ConflictException createdMeanwhile) {
            throw alreadyExists(committeeId, year);
        }
    }

    @Override
    public ActionPlan replace(String committeeId, int year, PlanDocument document, long expectedVersion,
            Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        PersonalDataGuard.check(document);
        return shown(write(connection -> {
            requireVersion(connection, committeeId, year, expectedVersion, actor);
            ActionPlan before = store.plan(connection, committeeId, year).orElseThrow();
            store.replace(connection, committeeId, year, document);
            ActionPlan after = store.plan(connection, committeeId, year).orElseThrow();
            AuditTrail.record(connection, AuditEntry.of(actor).action("replace").plan(committeeId, year)
                    .change(PlanAudit.fields(before), PlanAudit.fields(after))
                    .confidential(PlanAudit.confidential(before, after)));
            return after;
        }), actor);
    }

    @Override
    public ActionPlan amend(String committeeId, int year, Long expectedVersion, Actor actor, String action,
            Map<String, String> origin, Amendment amendment) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        return shown(write(connection -> {
            if (expectedVersion == null) {
                lock(connection, committeeId, year, actor, StoredTime.now());
                draft(connection, committeeId, year, actor);
            } else {
                requireVersion(connection, committeeId, year, expectedVersion, actor);
            }
            ActionPlan before = store.plan(connection, committeeId, year).orElseThrow();
            store.replaceSituation(connection, committeeId, year,
                    amendment.apply(connection, before.situationPicture()));
            ActionPlan after = store.plan(connection, committeeId, year).orElseThrow();
            Map<String, String> changed = new LinkedHashMap<>(PlanAudit.fields(after));
            changed.putAll(origin);
            AuditTrail.record(connection, AuditEntry.of(actor).action(action).plan(committeeId, year)
                    .change(PlanAudit.fields(before), changed)
                    .confidential(PlanAudit.confidential(before, after)));
            return after;
        }), actor);
    }

    /** A draft still at {@code expectedVersion}, moved to its next version (which locks it until commit). */
    private void requireVersion(Connection connection, String committeeId, int year, long expectedVersion,
            Actor actor) throws SQLException {
        PlanRow row = draft(connection, committeeId, year, actor);
        if (row.version() != expectedVersion
                || !store.bump(connection, committeeId, year, expectedVersion, actor.displayName(), StoredTime.now())) {
            throw new PreconditionFailedException("the plan has changed since version " + expectedVersion
                    + " (it is at version " + row.version() + "); read it again and reapply your change");
        }
    }

    @Override
    public ActionPlan addActivity(String committeeId, int year, Activity activity, Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        PersonalDataGuard.check(activity, "activity");
        return shown(write(connection -> {
            lock(connection, committeeId, year, actor, StoredTime.now());
            draft(connection, committeeId, year, actor);
            long id = store.insertActivity(connection, committeeId, year,
                    store.nextPosition(connection, committeeId, year), activity);
            ActionPlan after = store.plan(connection, committeeId, year).orElseThrow();
            AuditTrail.record(connection, activityEntry(actor, "activity-add", committeeId, year, id)
                    .change(Map.of(), PlanAudit.fields(activityOf(after, id))));
            return after;
        }), actor);
    }

    @Override
    public ActionPlan addActivityFromTemplate(String committeeId, int year, String templateId, Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        ActivityTemplate template = committees.catalogue(committeeId).stream()
                .filter(candidate -> candidate.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("templateId", "the catalogue of committee " + committeeId
                        + " has no template " + templateId + (committees.committee(committeeId)
                                .map(CommitteeInfo::online).orElse(false) ? ""
                                        : " (the committee is offline, so its catalogue is not available)")));
        return addActivity(committeeId, year, template.activityIn(year), actor);
    }

    @Override
    public ActionPlan replaceActivity(String committeeId, int year, long activityId, Activity activity,
            Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        PersonalDataGuard.check(activity, "activity");
        return shown(write(connection -> {
            lock(connection, committeeId, year, actor, StoredTime.now());
            draft(connection, committeeId, year, actor);
            requireActivity(connection, committeeId, year, activityId);
            Activity before = activityOf(store.plan(connection, committeeId, year).orElseThrow(), activityId);
            store.updateActivity(connection, activityId, store.position(connection, activityId), activity);
            ActionPlan after = store.plan(connection, committeeId, year).orElseThrow();
            AuditTrail.record(connection, activityEntry(actor, "activity-change", committeeId, year, activityId)
                    .change(PlanAudit.fields(before), PlanAudit.fields(activityOf(after, activityId))));
            return after;
        }), actor);
    }

    @Override
    public ActionPlan removeActivity(String committeeId, int year, long activityId, Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        return shown(write(connection -> {
            lock(connection, committeeId, year, actor, StoredTime.now());
            draft(connection, committeeId, year, actor);
            requireActivity(connection, committeeId, year, activityId);
            Activity before = activityOf(store.plan(connection, committeeId, year).orElseThrow(), activityId);
            store.deleteActivity(connection, activityId);
            AuditTrail.record(connection, activityEntry(actor, "activity-remove", committeeId, year, activityId)
                    .change(PlanAudit.fields(before), Map.of()));
            return store.plan(connection, committeeId, year).orElseThrow();
        }), actor);
    }

    @Override
    public ActionPlan recordFollowUp(String committeeId, int year, long activityId, FollowUpPeriod period,
            FollowUpReport report, Actor actor) {
        requirePlanKey(committeeId, year);
        requireEditor(committeeId, actor);
        features.require(committeeId, Feature.FOLLOW_UP);
        PersonalDataGuard.check(report);
        // Only key lookups while the plan is locked: reading whole plans under the lock made concurrent
        // follow-ups of different plans wait on each other's rows.
        write(connection -> {
            Instant now = StoredTime.now();
            lock(connection, committeeId, year, actor, now);
            PlanRow row = visibleRow(connection, committeeId, year, actor);
            if (row.status() != PlanStatus.ADOPTED && row.status() != PlanStatus.APPROVED) {
                throw new ConflictException("follow-ups are recorded on ADOPTED and APPROVED plans; this plan is "
                        + row.status());
            }
            List<FollowUpPeriod> periods = store.followUpPeriods(connection, committeeId, year, activityId)
                    .orElseThrow(() -> noActivity(committeeId, year, activityId));
            if (!periods.contains(period)) {
                throw new InvalidInputException("period", "activity " + activityId + " is followed up in "
                        + periods + ", not in " + period);
            }
            List<FollowUp> earlier = store.followUpHistory(connection, committeeId, year, activityId, period);
            FollowUp current = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            Map<String, String> before = current == null ? Map.of()
                    : PlanAudit.fields(new FollowUpReport(current.status(), current.comment()));
            store.saveFollowUp(connection, committeeId, year, activityId, period, report, actor.displayName(), now);
            AuditTrail.record(connection, AuditEntry.of(actor).action("follow-up").entity(PlanAudit.FOLLOW_UP,
                    PlanAudit.followUpId(activityId, period)).committee(committeeId).year(year)
                    .change(before, PlanAudit.fields(report)));
            return null;
        });
        return shown(database.transaction(connection -> store.plan(connection, committeeId, year).orElseThrow()),
                actor);
    }

    @Override
    public List<FollowUp> followUpHistory(String committeeId, int year, long activityId, FollowUpPeriod period,
            Actor actor) {
        requirePlanKey(committeeId, year);
        return database.transaction(connection -> {
            visibleRow(connection, committeeId, year, actor);
            List<FollowUp> history = store.followUpHistory(connection, committeeId, year, activityId, period);
            if (history.isEmpty()) {
                requireActivity(connection, committeeId, year, activityId);
            }
            return history;
        });
    }

    @Override
    public ActionPlan transition(String committeeId, int year, PlanStatus to, DecisionRecord decision,
            Actor actor) {
        requirePlanKey(committeeId, year);
        DecisionRecord record = decision == null ? DecisionRecord.NONE : decision;
        return shown(write(connection -> {
            Instant now = StoredTime.now();
            lock(connection, committeeId, year, actor, now);
            PlanRow row = visibleRow(connection, committeeId, year, actor);
            Lifecycle.check(committeeId, row.status(), to, actor);
            DecisionRules.check(to, record);
            store.setStatus(connection, committeeId, year, to);
            boolean reopening = Lifecycle.isReopening(row.status(), to);
            if (reopening) {
                store.markRevision(connection, committeeId, year, row.status(), actor.displayName(), now);
            } else if (Lifecycle.isDecision(to)) {
                store.markRevision(connection, committeeId, year, null, actor.displayName(), now);
            }
            AuditTrail.record(connection, AuditEntry.of(actor).action(reopening ? "reopen" : "status")
                    .plan(committeeId, year).change(Map.of("status", row.status().name()), decisionFields(to, record)));
            ActionPlan plan = store.plan(connection, committeeId, year).orElseThrow();
            if (Lifecycle.isDecision(to)) {
                store.insertVersion(connection, committeeId, year, to, record, actor.displayName(), now,
                        PlanSnapshots.write(plan));
            }
            if (to == PlanStatus.APPROVED) {
                archivePrevious(connection, committeeId, year - 1, actor, now);
            }
            return plan;
        }), actor);
    }

    @Override
    public ActionPlan revise(String committeeId, int year, boolean includeCancelled, Actor actor) {
        requirePlanKey(committeeId, year);
        requirePlanKey(committeeId, year + 1);
        requireEditor(committeeId, actor);
        return shown(write(connection -> {
            ActionPlan source = visiblePlan(connection, committeeId, year, actor);
            if (store.row(connection, committeeId, year + 1).isPresent()) {
                throw new ConflictException("committee " + committeeId + " already has a plan for " + (year + 1));
            }
            YearlyRevision revision = new YearlyRevision(source, includeCancelled);
            store.insert(connection, committeeId, year + 1, PlanStatus.DRAFT, revision.next(), actor.displayName(),
                    StoredTime.now());
            store.linkRevision(connection, committeeId, year + 1, year, revision.predecessors());
            ActionPlan revised = store.plan(connection, committeeId, year + 1).orElseThrow();
            Map<String, String> fields = Fields.named("revisionOf", committeeId + "/" + year,
                    "includeCancelled", Boolean.toString(includeCancelled));
            fields.putAll(PlanAudit.fields(revised));
            AuditTrail.record(connection, AuditEntry.of(actor).action("revision").plan(committeeId, year + 1)
                    .change(Map.of(), fields).confidential(PlanAudit.confidential(revised)));
            return revised;
        }), actor);
    }

    @Override
    public PlanDiff diff(String committeeId, int year, int against, Actor actor) {
        requirePlanKey(committeeId, year);
        if (against < MIN_YEAR || against >= year) {
            throw new InvalidInputException("against", "must be a year from " + MIN_YEAR + " before " + year
                    + " (was " + against + ")");
        }
        return PlanDiffs.between(plan(committeeId, against, actor), plan(committeeId, year, actor));
    }

    @Override
    public List<PlanVersion> versions(String committeeId, int year, Actor actor) {
        requirePlanKey(committeeId, year);
        return database.transaction(connection -> {
            visibleRow(connection, committeeId, year, actor);
            return store.versions(connection, committeeId, year, null).stream()
                    .map(PlanStore.StoredVersion::version).toList();
        });
    }

    @Override
    public PlanVersion version(String committeeId, int year, int number, Actor actor) {
        requirePlanKey(committeeId, year);
        return database.transaction(connection -> {
            visibleRow(connection, committeeId, year, actor);
            PlanStore.StoredVersion stored = store.versions(connection, committeeId, year, number).stream()
                    .findFirst().orElseThrow(() -> new NotFoundException("plan " + committeeId + "/" + year
                            + " has no version " + number));
            return stored.version().withPlan(shown(PlanSnapshots.read(stored.snapshot(), stored.unmarked()), actor));
        });
    }

    @Override
    public ConsolidatedPlans consolidated(int year, PlanFilter filter, Actor actor) {
        PlanService.requireYear(year);
        return database.transaction(connection -> {
            List<ActionPlan> plans = store.plansOfYear(connection, year);
            Map<String, ActionPlan> decided = new HashMap<>();
            for (PlanRow row : store.rowsUnderRevision(connection, year)) {
                decidedVersions.of(connection, row).ifPresent(plan -> decided.put(row.committeeId(), plan));
            }
            List<CommitteeInfo> known = committees.committees();
            return ConsolidatedViews.build(year, plans, decided, store.versionsOfYear(connection, year),
                    known, filter, actor, disclosure, new AcceptedReportTotals(year,
                            acceptedReports(connection, year, known, actor),
                            acceptedReports(connection, year - 1, known, actor)));
        });
    }

    /** The known committees' accepted reports of a year, city-wide, as the actor may see them. */
    private IncidentFigures acceptedReports(Connection connection, int year, List<CommitteeInfo> known, Actor actor)
            throws SQLException {
        Map<String, List<IncidentReport>> accepted = ReportStore.acceptedOfYear(connection, year);
        List<List<IncidentCount>> perCommittee = known.stream()
                .map(c -> ReportCounts.of(accepted.getOrDefault(c.id(), List.of()), Classification.PUBLIC)).toList();
        return disclosure.cityWideOf(perCommittee, actor.audience());
    }

    @Override
    public long generation() {
        return generation.current();
    }

    /** Every plan leaves this service through here: as the actor may read it. */
    private ActionPlan shown(ActionPlan plan, Actor actor) {
        return disclosure.shown(plan, actor.audience());
    }

    /** A change to what plan reads show: the generation moves on in the same transaction, on every node at once. */
    private <T> T write(SqlWork<T> work) {
        return database.transaction(connection -> {
            T result = work.run(connection);
            generation.moveOn(connection);
            return result;
        });
    }

    /**
     * Moves the plan to its next version first, which locks its row until the transaction ends: the
     * checks made after it (status, visibility, activities) then hold when it commits, and concurrent
     * writes to one plan queue instead of failing. If the plan does not exist nothing is locked, and the
     * checks that follow report it.
     */
    private void lock(Connection connection, String committeeId, int year, Actor actor, Instant now)
            throws SQLException {
        store.bump(connection, committeeId, year, -1, actor.displayName(), now);
    }

    private void archivePrevious(Connection connection, String committeeId, int previousYear, Actor actor,
            Instant now) throws SQLException {
        if (previousYear < MIN_YEAR) {
            return;
        }
        var previous = store.row(connection, committeeId, previousYear);
        if (previous.isPresent() && previous.get().status() == PlanStatus.APPROVED) {
            store.bump(connection, committeeId, previousYear, -1, actor.displayName(), now);
            store.setStatus(connection, committeeId, previousYear, PlanStatus.ARCHIVED);
            AuditTrail.record(connection, AuditEntry.of(actor).action("archive").plan(committeeId, previousYear)
                    .change(Map.of("status", PlanStatus.APPROVED.name()), Fields.named("status",
                            PlanStatus.ARCHIVED.name(), "reason", (previousYear + 1) + " godkänd")));
        }
    }

    private ActionPlan decidedVersion(Connection connection, PlanRow row) throws SQLException {
        return decidedVersions.of(connection, row).orElseThrow(() -> noPlan(row.committeeId(), row.year()));
    }

    /** The status after a transition, with the decision's meeting, diarienummer and paragraph where given. */
    private static Map<String, String> decisionFields(PlanStatus to, DecisionRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", to.name());
        if (record.meetingDate() != null) {
            fields.put("meetingDate", record.meetingDate().toString());
        }
        if (record.diaryNumber() != null) {
            fields.put("diaryNumber", record.diaryNumber());
        }
        if (record.paragraph() != null) {
            fields.put("paragraph", record.paragraph());
        }
        return fields;
    }

    private ActionPlan visiblePlan(Connection connection, String committeeId, int year, Actor actor)
            throws SQLException {
        visibleRow(connection, committeeId, year, actor);
        return store.plan(connection, committeeId, year).orElseThrow(() -> noPlan(committeeId, year));
    }

    private PlanRow visibleRow(Connection connection, String committeeId, int year, Actor actor)
            throws SQLException {
        PlanRow row = store.row(connection, committeeId, year).orElseThrow(() -> noPlan(committeeId, year));
        if (!row.status().isPublic() && !row.underRevision() && !actor.canSeeDrafts(committeeId)) {
            throw noPlan(committeeId, year);
        }
        return row;
    }

    private PlanRow draft(Connection connection, String committeeId, int year, Actor actor) throws SQLException {
        PlanRow row = visibleRow(connection, committeeId, year, actor);
        if (row.status() != PlanStatus.DRAFT) {
            throw new ConflictException("only a DRAFT can be edited; this plan is " + row.status()
                    + " (allowed from " + row.status() + ": " + Lifecycle.allowedFrom(row.status()) + ")");
        }
        return row;
    }

    private static AuditEntry activityEntry(Actor actor, String action, String committeeId, int year,
            long activityId) {
        return AuditEntry.of(actor).action(action).entity(PlanAudit.ACTIVITY, Long.toString(activityId))
                .committee(committeeId).year(year);
    }

    private static Activity activityOf(ActionPlan plan, long activityId) {
        return plan.activities().stream().filter(a -> a.id() == activityId).findFirst().orElseThrow();
    }

    private void requireActivity(Connection connection, String committeeId, int year, long activityId)
            throws SQLException {
        if (!store.activityIds(connection, committeeId, year).contains(activityId)) {
            throw noActivity(committeeId, year, activityId);
        }
    }

    private void requirePlanKey(String committeeId, int year) {
        requireCommittee(committeeId);
        PlanService.requireYear(year);
    }

    private void requireCommittee(String committeeId) {
        if (committees.committee(committeeId).isEmpty()) {
            throw new NotFoundException("no committee " + committeeId);
        }
    }


    private static void requireEditor(String committeeId, Actor actor) {
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not change the plans of "
                    + committeeId + " (needs the role editor." + committeeId + " or coordinator)");
        }
    }

    private static NotFoundException noPlan(String committeeId, int year) {
        return new NotFoundException("committee " + committeeId + " has no plan for " + year);
    }

    private static NotFoundException noActivity(String committeeId, int year, long activityId) {
        return new NotFoundException("plan " + committeeId + "/" + year + " has no activity " + activityId);
    }

    private static PreconditionRequiredException alreadyExists(String committeeId, int year) {
        return new PreconditionRequiredException("committee " + committeeId + " already has a plan for " + year
                + "; to replace it, send If-Match with the ETag from GET");
    }
}
