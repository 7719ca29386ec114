package se.stockholm.vbe.platform.internal.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.feature.Feature;
import se.stockholm.vbe.api.feature.FeatureNotEnabledException;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.feature.FeatureState;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.grant.RuleRegistry;

/**
 * The features of each committee: the platform's own and one per local rule. A feature is at its default
 * (Config Admin, {@code etc/se.stockholm.vbe.features.cfg}) until the coordinator switches it; switches
 * are stored, so they survive restarts, and each is recorded in the audit trail.
 */
@Component(service = FeatureService.class, configurationPid = "se.stockholm.vbe.features")
@Designate(ocd = FeaturesConfiguration.class)
public final class FeatureServiceImpl implements FeatureService {

    static final List<Feature> PLATFORM_FEATURES = List.of(
            new Feature(Feature.ASSOCIATION_GRANT_CHECK, "Kontroll av föreningsbidrag",
                    "Ansökningar om föreningsbidrag prövas mot stadens och nämndens regler.", null),
            new Feature(Feature.PREMISES_RENTAL_CHECK, "Kontroll av lokaluthyrning",
                    "Bokningar av nämndens lokaler prövas mot stadens och nämndens regler.", null),
            new Feature(Feature.FOLLOW_UP, "Uppföljning",
                    "Nämnden följer upp handlingsplanens aktiviteter i tertialrapporter och verksamhetsberättelse.",
                    null));

    private final Database database;
    private final RuleRegistry rules;
    private volatile FeaturesConfiguration defaults;

    @Activate
    public FeatureServiceImpl(@Reference Database database, @Reference RuleRegistry rules,
            FeaturesConfiguration defaults) {
        this.database = database;
        this.rules = rules;
        this.defaults = defaults;
    }

    @Modified
    void modified(FeaturesConfiguration changed) {
        defaults = changed;
    }

    @Override
    public List<FeatureState> features(String committeeId) {
        requireCommittee(committeeId);
        return states(committeeId);
    }

    @Override
    public List<String> enabled(String committeeId) {
        return states(committeeId).stream().filter(FeatureState::enabled).map(state -> state.feature().id())
                .toList();
    }

    private List<FeatureState> states(String committeeId) {
        Map<String, Setting> settings = database.transaction(connection -> settings(connection, committeeId));
        List<FeatureState> states = new ArrayList<>();
        for (Feature feature : all(committeeId)) {
            states.add(state(feature, settings.get(feature.id())));
        }
        return states;
    }

    @Override
    public boolean isEnabled(String committeeId, String featureId) {
        Setting setting = database.transaction(connection -> settings(connection, committeeId)).get(featureId);
        return setting != null ? setting.enabled() : byDefault(featureId);
    }

    @Override
    public void require(String committeeId, String featureId) {
        if (!isEnabled(committeeId, featureId)) {
            throw new FeatureNotEnabledException(featureId, committeeId);
        }
    }

    @Override
    public FeatureState set(String committeeId, String featureId, boolean enabled, Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator may switch features");
        }
        requireCommittee(committeeId);
        Feature feature = all(committeeId).stream().filter(f -> f.id().equals(featureId)).findFirst()
                .orElseThrow(() -> new NotFoundException("committee " + committeeId + " has no feature " + featureId));
        Instant now = StoredTime.now();
        return database.transaction(connection -> {
            lockCommittee(connection, committeeId);
            Setting before = settings(connection, committeeId).get(featureId);
            boolean old = before != null ? before.enabled() : byDefault(featureId);
            save(connection, committeeId, featureId, enabled, actor.displayName(), now);
            AuditTrail.record(connection, AuditEntry.of(actor).action("switch").entity("feature", featureId)
                    .committee(committeeId).change(Map.of("enabled", String.valueOf(old)),
                            Map.of("enabled", String.valueOf(enabled))));
            return state(feature, new Setting(enabled, now, actor.displayName()));
        });
    }

    private List<Feature> all(String committeeId) {
        List<Feature> features = new ArrayList<>(PLATFORM_FEATURES);
        rules.known(committeeId).forEach(rule -> features.add(rule.feature()));
        return features;
    }

    private boolean byDefault(String featureId) {
        FeaturesConfiguration current = defaults;
        return current.enabledByDefault() && !Set.of(current.disabledByDefault()).contains(featureId);
    }

    private FeatureState state(Feature feature, Setting setting) {
        return setting == null ? new FeatureState(feature, byDefault(feature.id()), true, null, null)
                : new FeatureState(feature, setting.enabled(), false, setting.changedAt(), setting.changedBy());
    }

    /** Asks the database, not the committee directory, which itself shows each committee's features. */
    private void requireCommittee(String committeeId) {
        boolean known = database.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM committee WHERE id = ?")) {
                query.setString(1, committeeId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
        if (!known) {
            throw new NotFoundException("no committee " + committeeId);
        }
    }

    /**
     * Holds the committee's row until the transaction ends, so that two first switches of the same feature
     * queue instead of both inserting (the second would collide with the first and fail).
     */
    private static void lockCommittee(Connection connection, String committeeId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE committee SET last_seen = last_seen WHERE id = ?")) {
            lock.setString(1, committeeId);
            if (lock.executeUpdate() == 0) {
                throw new NotFoundException("no committee " + committeeId);
            }
        }
    }

    /** A stored switch. */
    private record Setting(boolean enabled, Instant changedAt, String changedBy) {
    }

    private static Map<String, Setting> settings(Connection connection, String committeeId) throws SQLException {
        Map<String, Setting> settings = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT feature_id, enabled, changed_at, changed_by "
                + "FROM feature_setting WHERE committee_id = ?")) {
            query.setString(1, committeeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), new Setting(rows.getBoolean(2), rows.getTimestamp(3).toInstant(),
                            rows.getString(4)));
                }
            }
        }
        return settings;
    }

    private static void save(Connection connection, String committeeId, String featureId, boolean enabled,
            String actor, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE feature_setting SET enabled = ?, "
                + "changed_at = ?, changed_by = ? WHERE committee_id = ? AND feature_id = ?")) {
            update.setBoolean(1, enabled);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, actor);
            update.setString(4, committeeId);
            update.setString(5, featureId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feature_setting (committee_id, "
                + "feature_id, enabled, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setString(2, featureId);
            insert.setBoolean(3, enabled);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, actor);
            insert.executeUpdate();
        }
    }
}
