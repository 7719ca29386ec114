package se.stockholm.vbe.platform.internal.grant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
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
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Tracks the committees' own grant rules (whiteboard). Every rule ever seen is remembered in the
 * database, so that an enabled rule whose bundle is away can fail closed instead of being skipped.
 */
@Component(service = RuleRegistry.class, immediate = true)
public final class RuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    /** The rules online now by id, and the services refused; replaced whole on every change. */
    private record Snapshot(Map<String, RegisteredRule> online, Map<Long, HealthProblem> refused) {
    }

    private final Database database;
    private final BundleContext context;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());
    private final Runnable catchUp = () -> snapshot.online().values().forEach(this::remember);

    @Activate
    public RuleRegistry(@Reference Database database, BundleContext context) {
        this.database = database;
        this.context = context;
        database.whenAvailable(catchUp);
    }

    @Deactivate
    void deactivate() {
        database.stopNotifying(catchUp);
    }

    @Reference(service = GrantRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindRule(ServiceReference<GrantRule> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        register(context.getService(reference), serviceId,
                bundle == null ? "service " + serviceId : bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    /** Takes a rule into use; a rule that says something invalid about itself is refused and reported. */
    synchronized void register(GrantRule rule, long serviceId, String source) {
        try {
            if (rule == null) {
                throw new IllegalStateException("its component failed to activate (see the log above)");
            }
            RegisteredRule registered = new RegisteredRule(Validation.requireText(rule.id(), "id", 100),
                    Validation.requireLine(rule.title(), "title", 200), Validation.requireSlug(rule.committeeId(),
                    "committeeId"), Validation.require(rule.appliesTo(), "appliesTo"), rule, serviceId);
            if (registered.appliesTo().isEmpty()) {
                throw new IllegalArgumentException("appliesTo names no check type");
            }
            if (snapshot.online().containsKey(registered.id())) {
                throw new IllegalArgumentException("rule id " + registered.id() + " is already registered");
            }
            Map<String, RegisteredRule> online = new HashMap<>(snapshot.online());
            online.put(registered.id(), registered);
            snapshot = new Snapshot(Map.copyOf(online), snapshot.refused());
            remember(registered);
            LOG.info("Grant rule {} of committee {} is online from {}", registered.id(), registered.committeeId(),
                    source);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Grant rule from {} refused: {}", source, e.getMessage(), e);
            Map<Long, HealthProblem> refused = new HashMap<>(snapshot.refused());
            refused.put(serviceId, new HealthProblem(source, "grant rule refused: " + e.getMessage()));
            snapshot = new Snapshot(snapshot.online(), Map.copyOf(refused));
        }
    }

    void unbindRule(ServiceReference<GrantRule> reference) {
        unregister((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** Takes the rule of a service out of use; what it was remembered as stays. */
    synchronized void unregister(long serviceId) {
        Map<String, RegisteredRule> online = new HashMap<>(snapshot.online());
        online.values().removeIf(rule -> rule.serviceId() == serviceId);
        Map<Long, HealthProblem> refused = new HashMap<>(snapshot.refused());
        refused.remove(serviceId);
        snapshot = new Snapshot(Map.copyOf(online), Map.copyOf(refused));
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

    private void remember(RegisteredRule rule) {
        try {
            database.transaction(connection -> {
                String types = rule.appliesTo().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
                try (PreparedStatement update = connection.prepareStatement("UPDATE local_rule SET committee_id = ?, "
                        + "title = ?, applies_to = ?, last_seen = ? WHERE id = ?")) {
                    update.setString(1, rule.committeeId());
                    update.setString(2, rule.title());
                    update.setString(3, types);
                    update.setTimestamp(4, Timestamp.from(Instant.now()));
                    update.setString(5, rule.id());
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
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (UnavailableException e) {
            LOG.info("Grant rule {} will be recorded when the database is available: {}", rule.id(), e.getMessage());
        }
    }
}
