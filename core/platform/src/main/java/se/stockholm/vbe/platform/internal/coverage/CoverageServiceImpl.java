package se.stockholm.vbe.platform.internal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.coverage.CellStatus;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.CommitteeCoverage;
import se.stockholm.vbe.api.coverage.CoverageCell;
import se.stockholm.vbe.api.coverage.CoverageMatrix;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.api.coverage.CoverageTick;
import se.stockholm.vbe.api.coverage.ItemCoverage;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.report.ReportStore;

/**
 * The coverage matrix: each committee's facts read through the plan and feature services as the caller may read
 * them (so no rule of disclosure is repeated here), evaluated item by item, the city's gaps first. Checklist and
 * ticks are written in one audited transaction each.
 */
@Component(service = CoverageService.class, configurationPid = "se.stockholm.vbe.coverage")
@Designate(ocd = CoverageConfiguration.class)
public final class CoverageServiceImpl implements CoverageService {

    private static final Logger LOG = LoggerFactory.getLogger(CoverageServiceImpl.class);
    private static final Set<String> UNAUDITED = Set.of("changedAt", "changedBy");

    private final Database database;
    private final PlanService plans;
    private final CommitteeDirectory committees;
    private final FeatureService features;
    private final Map<ItemKind, CoverageEvaluator> evaluators = new EnumMap<>(ItemKind.class);
    private volatile Checklist configured;

    @Activate
    public CoverageServiceImpl(CoverageConfiguration configuration, @Reference Database database,
            @Reference PlanService plans, @Reference CommitteeDirectory committees,
            @Reference FeatureService features) {
        this.database = database;
        this.plans = plans;
        this.committees = committees;
        this.features = features;
        for (CoverageEvaluator evaluator : List.of(new CoordinatorEvaluator(), new ApprovalEvaluator(),
                new SituationPictureEvaluator(), new FeaturesEvaluator(), new ActivityEvaluator(),
                new ReportsReceivedEvaluator(), new TickEvaluator())) {
            evaluators.put(evaluator.kind(), evaluator);
        }
        modified(configuration);
    }

    @Modified
    void modified(CoverageConfiguration configuration) {
        try {
            configured = GuidelineChecklist.of(configuration);
        } catch (IllegalArgumentException e) {
            LOG.error("se.stockholm.vbe.coverage is not usable ({}); the default checklist is every guideline item "
                    + "with its built-in settings", e.getMessage());
            configured = GuidelineChecklist.defaults();
        }
    }

    @Override
    public Checklist checklist() {
        return database.read(CoverageStore::checklist).orElse(configured);
    }

    @Override
    public Checklist setChecklist(Checklist checklist, Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("user " + actor.displayName()
                    + " may not set the guideline checklist (needs the role coordinator)");
        }
        for (int i = 0; i < checklist.items().size(); i++) {
            ItemKind kind = checklist.items().get(i).kind();
            if (!evaluators.containsKey(kind)) {
                throw new InvalidInputException("items[" + i + "].kind", kind + " cannot be evaluated on this "
                        + "platform yet; one of " + evaluators.keySet());
            }
        }
        PersonalDataGuard.check(checklist);
        Checklist stamped = new Checklist(checklist.items(), StoredTime.now(), actor.displayName());
        return database.transaction(connection -> {
            Checklist before = CoverageStore.checklist(connection).orElse(configured);
            CoverageStore.replace(connection, stamped);
            AuditTrail.record(connection, AuditEntry.of(actor).action("coverage-checklist")
                    .entity("coverage-checklist", "city").change(Fields.of(before, UNAUDITED),
                            Fields.of(stamped, UNAUDITED)));
            LOG.info("Guideline checklist set by {}: {}", actor.displayName(),
                    stamped.items().stream().map(ChecklistItem::id).toList());
            return stamped;
        });
    }

    @Override
    public CoverageMatrix matrix(int year, Actor actor) {
        PlanService.requireYear(year);
        Checklist checklist = checklist();
        Map<String, Map<String, StoredTick>> ticks = database.read(connection -> CoverageStore.ticks(connection,
                year));
        Map<String, Integer> reports = database.read(connection -> ReportStore.receivedInYear(connection, year));
        List<ChecklistItem> items = checklist.items();
        List<CommitteeCoverage> rows = committees.committees().stream()
                .map(c -> row(c, items, year, ticks.getOrDefault(c.id(), Map.of()), reports.getOrDefault(c.id(), 0),
                        actor)).toList();
        int[] gapsPerItem = new int[items.size()];
        rows.forEach(row -> IntStream.range(0, items.size()).filter(i -> row.cells().get(i).gap())
                .forEach(i -> gapsPerItem[i]++));
        List<Integer> order = IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -gapsPerItem[i]).thenComparingInt(i -> i)).toList();
        List<ItemCoverage> columns = order.stream().map(i -> new ItemCoverage(items.get(i), gapsPerItem[i])).toList();
        List<CommitteeCoverage> sorted = rows.stream()
                .map(row -> new CommitteeCoverage(row.committeeId(), row.committeeName(), row.committeeKind(),
                        row.gaps(), order.stream().map(row.cells()::get).toList()))
                .sorted(Comparator.comparingInt(CommitteeCoverage::gaps).reversed()
                        .thenComparing(CommitteeCoverage::committeeName))
                .toList();
        return new CoverageMatrix(year, columns, sorted, IntStream.of(gapsPerItem).sum());
    }

    @Override
    public CoverageCell tick(String committeeId, int year, String itemId, CoverageTick tick, Actor actor) {
        PlanService.requireYear(year);
        CommitteeInfo committee = committees.committee(committeeId)
                .orElseThrow(() -> new NotFoundException("no committee " + committeeId));
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not tick the guideline items of "
                    + committeeId + " (needs the role " + Actor.EDITOR_PREFIX + committeeId + ")");
        }
        Checklist checklist = checklist();
        ChecklistItem item = checklist.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no item " + itemId + " in the guideline checklist"));
        if (item.kind() != ItemKind.COMMITTEE_TICK) {
            throw new InvalidInputException("itemId", "item " + itemId + " is evaluated from the data ("
                    + item.kind() + "); only items of kind COMMITTEE_TICK are ticked");
        }
        if (!item.appliesTo(committee.kind())) {
            throw new InvalidInputException("itemId", "item " + itemId + " does not apply to a "
                    + committee.kind().label().toLowerCase(Locale.ROOT));
        }
        PersonalDataGuard.check(tick);
        StoredTick stored = new StoredTick(committeeId, year, itemId, tick.done(), tick.comment(), StoredTime.now(),
                actor.displayName());
        database.transaction(connection -> {
            Optional<StoredTick> before = CoverageStore.tick(connection, committeeId, year, itemId);
            CoverageStore.put(connection, stored);
            AuditTrail.record(connection, AuditEntry.of(actor).action("coverage-tick")
                    .entity("coverage-tick", committeeId + "/" + year + "/" + itemId).committee(committeeId)
                    .year(year).change(before.map(CoverageServiceImpl::fields).orElse(Map.of()), fields(stored)));
            return null;
        });
        CommitteeCoverage row = row(committee, List.of(item), year, Map.of(itemId, stored), 0, actor);
        return row.cells().get(0);
    }

    /** One committee's cells in checklist order. */
    private CommitteeCoverage row(CommitteeInfo committee, List<ChecklistItem> items, int year,
            Map<String, StoredTick> ticks, int reportsReceived, Actor actor) {
        CommitteeFacts facts = new CommitteeFacts(committee, year, decided(committee.id(), year, actor),
                decisions(committee.id(), year, actor), features.features(committee.id()), ticks,
                actor.audience().seesEverythingOf(committee.id()), reportsReceived);
        List<CoverageCell> cells = new ArrayList<>();
        for (ChecklistItem item : items) {
            CoverageCell cell = cell(item, facts);
            cells.add(actor.isAnonymous() ? cell.anonymised() : cell);
        }
        int gaps = (int) cells.stream().filter(CoverageCell::gap).count();
        return new CommitteeCoverage(committee.id(), committee.name(), committee.kind(), gaps, cells);
    }

    private CoverageCell cell(ChecklistItem item, CommitteeFacts facts) {
        if (!item.appliesTo(facts.committee().kind())) {
            return new CoverageCell(item.id(), CellStatus.NOT_APPLICABLE, false, "NOT_APPLICABLE", "Gäller inte "
                    + facts.committee().kind().label().toLowerCase(Locale.ROOT), null, null, null);
        }
        Verdict verdict = evaluators.get(item.kind()).evaluate(item, facts);
        StoredTick tick = item.kind() == ItemKind.COMMITTEE_TICK ? facts.ticks().get(item.id()) : null;
        return new CoverageCell(item.id(), verdict.status(), verdict.status().isGap(), verdict.code(),
                verdict.reason(), tick == null ? null : tick.comment(), tick == null ? null : tick.tickedAt(),
                tick == null ? null : tick.tickedBy());
    }

    private Optional<ActionPlan> decided(String committeeId, int year, Actor actor) {
        try {
            return Optional.of(plans.decided(committeeId, year, actor));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private List<PlanVersion> decisions(String committeeId, int year, Actor actor) {
        try {
            return plans.versions(committeeId, year, actor);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static Map<String, String> fields(StoredTick tick) {
        return Fields.named("done", String.valueOf(tick.done()), "comment", tick.comment());
    }
}
