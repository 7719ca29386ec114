package se.stockholm.vbe.platform.internal.grant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.feature.Feature;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;
import se.stockholm.vbe.platform.internal.committee.OwnerStore;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Tracks the committees' own grant rules (whiteboard). A rule is accepted only from the bundle that owns its
 * committee ({@link OwnerStore}), declares that committee ({@code VBE-Committee}) and names its rules
 * {@code <committee-id>.<name>} ({@link Validation#requireRuleId}); anything else is refused and reported, and
 * the committee's other rules stay in use. Every rule ever accepted is
 * remembered in the database for its committee, so that an enabled rule whose bundle is away fails closed
 * instead of being skipped; what is remembered is never moved to another committee.
 */
@Component(service = RuleRegistry.class, immediate = true)
public final class RuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    /** Where a rule service comes from: its bundle's symbolic name, the committee it declares, and a label. */
    public record RuleSource(String bundle, String declaredCommittee, String label) {
    }

    /** The rules online now by id, and the services refused; replaced whole on every change. */
    private record Snapshot(Map<String, RegisteredRule> online, Map<Long, HealthProblem> refused) {
    }

    /** A service not (yet) online, kept so that it can be tried again. */
    private record Waiting(GrantRule rule, RuleSource source) {
    }

    private final Database database;
    private final OwnerStore owners;
    private final RuleRunner runner;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());
    /** Refused services, tried again when their committee changes owner. */
    private final Map<Long, Waiting> refusedServices = new ConcurrentHashMap<>();
    /** Services whose committee's owner could not be looked up; tried again when the database is back. */
    private final Map<Long, Waiting> awaitingDatabase = new ConcurrentHashMap<>();
    private final Runnable catchUp = this::catchUp;

    @Activate
    public RuleRegistry(@Reference Database database, @Reference OwnerStore owners, @Reference RuleRunner runner) {
        this.database = database;
        this.owners = owners;
        this.runner = runner;
        database.whenAvailable(catchUp);
    }

    @Deactivate
    void deactivate() {
        database.stopNotifying(catchUp);
    }

    @Reference(service = GrantRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRule(GrantRule rule, ServiceReference<GrantRule> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        register(rule, serviceId, bundle == null ? new RuleSource(null, null, "service " + serviceId)
                : new RuleSource(bundle.getSymbolicName(), DeclaredCommittee.of(bundle),
                        bundle.getSymbolicName() + " " + bundle.getVersion()));
    }

    /** Takes a rule into use; a rule that says something invalid about itself, or is not its bundle's to give, is refused. */
    synchronized void register(GrantRule rule, long serviceId, RuleSource source) {
        try {
            if (rule == null) {
                throw new IllegalStateException("its component failed to activate (see the log above)");
            }
            RegisteredRule registered = new RegisteredRule(Validation.requireText(rule.id(), "id", 100),
                    Validation.requireLine(rule.title(), "title", 200), Validation.requireSlug(rule.committeeId(),
                    "committeeId"), Validation.require(rule.appliesTo(), "appliesTo"), rule, serviceId, source);
            if (registered.appliesTo().isEmpty()) {
                throw new IllegalArgumentException("appliesTo names no check type");
            }
            Validation.requireRuleId(registered.id(), registered.committeeId());
            DeclaredCommittee.require(source.declaredCommittee(), registered.committeeId(), "rule " + registered.id());
            owners.requireOwner(registered.committeeId(), source.bundle());
            if (snapshot.online().containsKey(registered.id())) {
                throw new IllegalArgumentException("rule id " + registered.id() + " is already registered");
            }
            remember(registered);
            Map<String, RegisteredRule> online = new HashMap<>(snapshot.online());
            online.put(registered.id(), registered);
            Map<Long, HealthProblem> refused = new HashMap<>(snapshot.refused());
            refused.remove(serviceId);
            snapshot = new Snapshot(Map.copyOf(online), Map.copyOf(refused));
            refusedServices.remove(serviceId);
            LOG.info("Grant rule {} of committee {} is online from {}", registered.id(), registered.committeeId(),
                    source.label());
        } catch (UnavailableException e) {
            awaitingDatabase.put(serviceId, new Waiting(rule, source));
            LOG.info("Grant rule from {} waits for the database: {}", source.label(), e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Grant rule from {} refused: {}", source.label(), e.getMessage(), e);
            refusedServices.put(serviceId, new Waiting(rule, source));
            Map<Long, HealthProblem> refused = new HashMap<>(snapshot.refused());
            refused.put(serviceId, new HealthProblem(source.label(), "grant rule refused: " + e.getMessage()));
            snapshot = new Snapshot(snapshot.online(), Map.copyOf(refused));
        }
    }

    void unbindRule(ServiceReference<GrantRule> reference) {
        unregister((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** Takes the rule of a service out of use; what it was remembered as stays. */
    synchronized void unregister(long serviceId) {
        refusedServices.remove(serviceId);
        awaitingDatabase.remove(serviceId);
        Map<String, RegisteredRule> online = new HashMap<>(snapshot.online());
        List<RegisteredRule> leaving = online.values().stream().filter(rule -> rule.serviceId() == serviceId).toList();
        online.values().removeAll(leaving);
        Map<Long, HealthProblem> refused = new HashMap<>(snapshot.refused());
        refused.remove(serviceId);
        snapshot = new Snapshot(Map.copyOf(online), Map.copyOf(refused));
        leaving.stream().map(RegisteredRule::committeeId).distinct().filter(committee -> online(committee).isEmpty())
                .forEach(runner::forget);
    }

    /**
     * The committee's id now belongs to {@code owner}: rules of other bundles go out of use, and refused rules
     * of the new owner are tried again.
     */
    public synchronized void ownerChanged(String committeeId, String owner) {
        for (RegisteredRule rule : online(committeeId)) {
            if (!owner.equals(rule.source().bundle())) {
                unregister(rule.serviceId());
                register(rule.delegate(), rule.serviceId(), rule.source());
            }
        }
        retry(refusedServices);
    }

    private synchronized void catchUp() {
        retry(awaitingDatabase);
    }

    private void retry(Map<Long, Waiting> services) {
        for (Long serviceId : List.copyOf(services.keySet())) {
            Waiting waiting = services.remove(serviceId);
            if (waiting != null) {
                register(waiting.rule(), serviceId, waiting.source());
            }
        }
    }

    /** The committee's rules that are online now. */
    public List<RegisteredRule> online(String committeeId) {
        return snapshot.online().values().stream().filter(rule -> rule.committeeId().equals(committeeId))
                .sorted(java.util.Comparator.comparing(RegisteredRule::id)).toList();
    }

    public boolean isOnline(String ruleId) {
        return snapshot.online().containsKey(ruleId);
    }

    /** Every rule the committee has ever had, as features, with the check types each applies to. */
    public List<KnownRule> known(String committeeId) {
        return database.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, title, applies_to FROM local_rule WHERE committee_id = ? ORDER BY id")) {
                query.setString(1, committeeId);
                List<KnownRule> rules = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Set<CheckType> types = Arrays.stream(rows.getString(3).split(","))
                                .map(CheckType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckType.class)));
                        rules.add(new KnownRule(new Feature(rows.getString(1), rows.getString(2),
                                "Nämndens egen regel för ansökningar om " + types, committeeId), types));
                    }
                }
                return rules;
            }
        });
    }

    /** A rule the platform has seen, as the feature that switches it. */
    public record KnownRule(Feature feature, Set<CheckType> appliesTo) {
    }

    public List<HealthProblem> problems() {
        return List.copyOf(snapshot.refused().values());
    }

    /**
     * Records the rule for its committee, or refreshes the record; a rule id recorded for another committee
     * is refused, so no bundle can move a rule out of its committee's features.
     */
    private void remember(RegisteredRule rule) {
        database.transaction(connection -> {
            String types = rule.appliesTo().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT committee_id FROM local_rule WHERE id = ?")) {
                query.setString(1, rule.id());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next() && !rows.getString(1).equals(rule.committeeId())) {
                        throw new IllegalArgumentException("rule id " + rule.id() + " is recorded for committee "
                                + rows.getString(1));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE local_rule SET title = ?, "
                    + "applies_to = ?, last_seen = ? WHERE id = ? AND committee_id = ?")) {
                update.setString(1, rule.title());
                update.setString(2, types);
                update.setTimestamp(3, Timestamp.from(StoredTime.now()));
                update.setString(4, rule.id());
                update.setString(5, rule.committeeId());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO local_rule (id, committee_id, "
                    + "title, applies_to, last_seen) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, rule.id());
                insert.setString(2, rule.committeeId());
                insert.setString(3, rule.title());
                insert.setString(4, types);
                insert.setTimestamp(5, Timestamp.from(StoredTime.now()));
                insert.executeUpdate();
            }
            return null;
        });
    }
}
