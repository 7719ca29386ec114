package se.stockholm.vbe.platform.internal.grant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Page;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.Decision;
import se.stockholm.vbe.api.grant.GrantCheck;
import se.stockholm.vbe.api.grant.GrantCheckService;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.api.grant.Reason;
import se.stockholm.vbe.api.grant.Reclaim;
import se.stockholm.vbe.api.grant.ReclaimRequest;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.quarantine.QuarantineStore;
import se.stockholm.vbe.spi.GrantRule;
import se.stockholm.vbe.platform.internal.db.GeneratedId;

/**
 * Checks applications: the city-wide rules (the platform's own, run on the caller's thread) and the
 * committee's enabled local rules, run by the {@link RuleRunner}. An enabled local rule that is not online fails closed: the decision can be no better
 * than REVIEW, and so does a committee in quarantine: its local rules are not run at all. Decisions are stored
 * with the application and every reason.
 */
@Component(service = GrantCheckService.class)
public final class GrantCheckServiceImpl implements GrantCheckService {

    private static final ObjectMapper JSON = VbeJson.mapper();
    private static final String ENTITY = "grant-check";
    /** The reason a check of a committee in quarantine gives in place of its local rules. */
    static final String QUARANTINE_RULE = "stad.karantan";
    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StoredTime.CITY);
    private static final String COLUMNS = "id, committee_id, application, decision, reasons, checked_at, checked_by, "
            + "reclaim_reason, reclaim_reference, reclaimed_at, reclaimed_by";

    private final Database database;
    private final CommitteeDirectory committees;
    private final FeatureService features;
    private final RuleRegistry rules;
    private final RuleRunner runner;
    private final StopListImpl stopList;
    private final QuarantineStore quarantines;
    private final List<GrantRule> cityRules;

    @Activate
    public GrantCheckServiceImpl(@Reference Database database, @Reference CommitteeDirectory committees,
            @Reference FeatureService features, @Reference RuleRegistry rules, @Reference RuleRunner runner,
            @Reference StopListImpl stopList, @Reference QuarantineStore quarantines) {
        this.database = database;
        this.committees = committees;
        this.features = features;
        this.rules = rules;
        this.runner = runner;
        this.stopList = stopList;
        this.quarantines = quarantines;
        this.cityRules = List.of(new DeclarationsRule(), new StopListRule(stopList));
    }

    @Override
    public GrantCheck check(String committeeId, Application application, Actor actor) {
        requireCommittee(committeeId);
        requireEditor(committeeId, actor);
        features.require(committeeId, application.type().feature());
        PersonalDataGuard.check(application);
        List<GrantRule> toRun = new ArrayList<>();
        List<Reason> unavailable = new ArrayList<>();
        Optional<CommitteeQuarantine> quarantine = quarantines.find(committeeId);
        quarantine.ifPresent(q -> unavailable.add(quarantined(q)));
        for (RuleRegistry.KnownRule known : quarantine.isPresent() ? List.<RuleRegistry.KnownRule>of()
                : rules.known(committeeId)) {
            String ruleId = known.feature().id();
            if (!known.appliesTo().contains(application.type()) || !features.isEnabled(committeeId, ruleId)) {
                continue;
            }
            rules.online(committeeId).stream().filter(rule -> rule.id().equals(ruleId)).findFirst()
                    .ifPresentOrElse(toRun::add, () -> unavailable.add(new Reason(ruleId, Outcome.REVIEW,
                            "Nämndens regel " + ruleId + " (" + known.feature().title() + ") är inte tillgänglig just "
                                    + "nu: dess modul uppdateras eller saknas. Ansökan kan inte godkännas förrän "
                                    + "regeln har prövats.")));
        }
        List<Reason> reasons = new ArrayList<>();
        for (GrantRule cityRule : cityRules) {
            RuleResult result = cityRule.evaluate(application);
            reasons.add(new Reason(cityRule.id(), result.outcome(), result.message()));
        }
        reasons.addAll(runner.run(toRun, application));
        reasons.addAll(unavailable);
        Decision decision = Decision.of(reasons);
        Instant now = StoredTime.now();
        long id = database.transaction(connection -> {
            long checkId = insert(connection, committeeId, application, decision, reasons, actor.displayName(), now);
            AuditTrail.record(connection, AuditEntry.of(actor).action("check")
                    .entity(ENTITY, Long.toString(checkId)).committee(committeeId).change(Map.of(), Fields.named(
                            "type", application.type().name(),
                            "organisationNumber", application.organisation().organisationNumber(),
                            "decision", decision.name())));
            return checkId;
        });
        return new GrantCheck(id, committeeId, application, decision, reasons, now, actor.displayName(), null);
    }

    /** Fails closed without running the committee's rules, which are stopped with its bundle or about to be. */
    private static Reason quarantined(CommitteeQuarantine quarantine) {
        return new Reason(QUARANTINE_RULE, Outcome.REVIEW, "Nämndens lokala regler är satta i karantän av "
                + "samordnaren (sedan " + SWEDISH_TIME.format(quarantine.since())
                + (quarantine.reason() == null ? "" : ", orsak: " + quarantine.reason())
                + "); ansökan granskas manuellt.");
    }

    @Override
    public List<GrantCheck> checks(String committeeId, Actor actor) {
        requireCommittee(committeeId);
        requireReader(committeeId, actor);
        return database.transaction(connection -> select(connection, "committee_id = ? ORDER BY id DESC",
                committeeId, null, 0));
    }

    @Override
    public Page<GrantCheck> checks(String committeeId, Long after, int limit, Actor actor) {
        requireCommittee(committeeId);
        requireReader(committeeId, actor);
        int size = Page.limit(limit);
        // Keyset paging on the id, which only grows: a page never shifts when new checks come in front of it.
        String where = after == null ? "committee_id = ? ORDER BY id DESC" : "committee_id = ? AND id < ? ORDER BY id DESC";
        return database.transaction(connection -> Page.of(select(connection, where, committeeId, after, size + 1),
                size, check -> Long.toString(check.id())));
    }

    @Override
    public GrantCheck get(String committeeId, long checkId, Actor actor) {
        requireCommittee(committeeId);
        requireReader(committeeId, actor);
        return database.transaction(connection -> find(connection, committeeId, checkId));
    }

    @Override
    public GrantCheck reclaim(String committeeId, long checkId, ReclaimRequest request, Actor actor) {
        requireCommittee(committeeId);
        requireEditor(committeeId, actor);
        PersonalDataGuard.check(request);
        return database.transaction(connection -> {
            GrantCheck check = find(connection, committeeId, checkId);
            if (check.reclaim() != null) {
                throw new ConflictException("check " + checkId + " already has a reclaim ("
                        + check.reclaim().decisionReference() + ")");
            }
            Instant now = StoredTime.now();
            try (PreparedStatement update = connection.prepareStatement("UPDATE grant_check SET reclaim_reason = ?, "
                    + "reclaim_reference = ?, reclaimed_at = ?, reclaimed_by = ? WHERE id = ? AND reclaimed_at IS NULL")) {
                update.setString(1, request.reason());
                update.setString(2, request.decisionReference());
                update.setTimestamp(3, Timestamp.from(now));
                update.setString(4, actor.displayName());
                update.setLong(5, checkId);
                if (update.executeUpdate() == 0) {
                    throw new ConflictException("check " + checkId + " got a reclaim meanwhile");
                }
            }
            stopList.addIfAbsent(connection, new StopListEntry(check.application().organisation().organisationNumber(),
                    check.application().organisation().name(), request.reason(), request.decisionReference(), null,
                    null), actor.displayName(), committeeId);
            AuditTrail.record(connection, AuditEntry.of(actor).action("reclaim")
                    .entity(ENTITY, Long.toString(checkId)).committee(committeeId).change(Map.of(), Fields.named(
                            "reclaim.reason", request.reason(),
                            "reclaim.decisionReference", request.decisionReference())));
            return find(connection, committeeId, checkId);
        });
    }

    private static long insert(Connection connection, String committeeId, Application application, Decision decision,
            List<Reason> reasons, String actor, Instant now) throws SQLException {
        try (PreparedStatement insert = GeneratedId.prepare(connection,
                "INSERT INTO grant_check (committee_id, check_type, organisation_number, application, decision, "
                + "reasons, checked_at, checked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setString(2, application.type().name());
            insert.setString(3, application.organisation().organisationNumber());
            insert.setString(4, write(application));
            insert.setString(5, decision.name());
            insert.setString(6, write(reasons));
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setString(8, actor);
            return GeneratedId.insert(insert);
        }
    }

    private static GrantCheck find(Connection connection, String committeeId, long checkId) throws SQLException {
        return select(connection, "committee_id = ? AND id = ?", committeeId, checkId, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("committee " + committeeId + " has no check " + checkId));
    }

    /** The checks of a committee that match {@code where}, at most {@code maxRows} of them (0: all). */
    private static List<GrantCheck> select(Connection connection, String where, String committeeId, Long checkId,
            int maxRows) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM grant_check WHERE "
                + where)) {
            query.setMaxRows(maxRows);
            query.setString(1, committeeId);
            if (checkId != null) {
                query.setLong(2, checkId);
            }
            List<GrantCheck> checks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp reclaimedAt = rows.getTimestamp(10);
                    Reclaim reclaim = reclaimedAt == null ? null : new Reclaim(rows.getString(8), rows.getString(9),
                            reclaimedAt.toInstant(), rows.getString(11));
                    checks.add(new GrantCheck(rows.getLong(1), rows.getString(2),
                            read(rows.getString(3), new TypeReference<Application>() { }),
                            Decision.valueOf(rows.getString(4)), read(rows.getString(5),
                            new TypeReference<List<Reason>>() { }), rows.getTimestamp(6).toInstant(),
                            rows.getString(7), reclaim));
                }
            }
            return checks;
        }
    }

    private void requireCommittee(String committeeId) {
        if (committees.committee(committeeId).isEmpty()) {
            throw new NotFoundException("no committee " + committeeId);
        }
    }

    private static void requireEditor(String committeeId, Actor actor) {
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not run the checks of "
                    + committeeId + " (needs the role editor." + committeeId + " or coordinator)");
        }
    }

    private static void requireReader(String committeeId, Actor actor) {
        if (!actor.canSeeDrafts(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not read the checks of "
                    + committeeId);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store check", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored check", e);
        }
    }
}
