package se.stockholm.vbe.platform.internal.committee;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeNode;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * This node among several on one database: it reports, with a heartbeat, which committee bundles (and versions) it
 * has online ({@code platform_node}, {@code node_committee}), and reads what every node reported, for the committee
 * directory and for health (version skew between nodes). Not a cluster manager: the nodes never talk to each other,
 * only to the database. Reports run on a thread of its own, so no request or bundle event waits for them.
 */
@Component(service = NodePresence.class, configurationPid = "se.stockholm.vbe.node", immediate = true)
@Designate(ocd = NodeConfiguration.class)
public final class NodePresence {

    private static final Logger LOG = LoggerFactory.getLogger(NodePresence.class);
    /** A node silent for this many heartbeats is no longer counted. */
    private static final int MISSED_HEARTBEATS = 3;

    /** One node's report on one committee, with the node's last heartbeat. */
    private record Report(String node, String committeeId, String bundleVersion, boolean online, Instant changedAt,
            Instant heartbeat) {
    }

    /** A node that reports. */
    private record LiveNode(String node, Instant startedAt) {
    }

    private final Database database;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration grace;
    private final Instant startedAt = StoredTime.now();
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vbe-node-presence");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Supplier<Collection<CommitteeInfo>> onlineHere = List::of;
    /**
     * A report is queued and has not read the committees yet: further changes ride on it. A drop of 1,000
     * bundles queued 1,000 reports, each reading every node's rows and committing (bench/scale).
     */
    private final AtomicBoolean reportQueued = new AtomicBoolean();

    @Activate
    public NodePresence(@Reference Database database,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ConfigurationAdmin configurations,
            NodeConfiguration configuration, BundleContext context) {
        this(database, configuration.nodeId().isBlank() ? defaultNodeId(configurations, context)
                : configuration.nodeId().strip(), Duration.ofSeconds(Math.max(1, configuration.heartbeatSeconds())),
                Duration.ofSeconds(Math.max(0, configuration.skewGraceSeconds())));
        reporter.scheduleWithFixedDelay(this::report, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    NodePresence(Database database, String nodeId, Duration heartbeat, Duration grace) {
        this.database = database;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.grace = grace;
        LOG.info("This node is {} (heartbeat every {} s)", nodeId, heartbeat.toSeconds());
    }

    @Deactivate
    void deactivate() {
        reporter.shutdownNow();
        try {
            database.transaction(connection -> {
                try (PreparedStatement stopped = connection.prepareStatement(
                        "UPDATE platform_node SET heartbeat_at = NULL WHERE node_id = ?")) {
                    stopped.setString(1, nodeId);
                    stopped.executeUpdate();
                }
                return null;
            });
        } catch (UnavailableException e) {
            LOG.debug("Cannot record that node {} stopped: {}", nodeId, e.getMessage());
        }
    }

    public String nodeId() {
        return nodeId;
    }

    /** Where the committees online on this node are read at each report (the registry's). */
    void reportFrom(Supplier<Collection<CommitteeInfo>> committees) {
        onlineHere = committees;
    }

    /**
     * The committees online here changed: reports at once, on the reporter's thread; changes made before that report
     * has read them need no report of their own.
     */
    void changed() {
        if (!reportQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            reporter.execute(() -> {
                reportQueued.set(false); // before reading: a change from now on queues the next report
                report();
            });
        } catch (RejectedExecutionException stopping) {
            reportQueued.set(false);
            LOG.debug("Not reporting node {}: it is stopping", nodeId);
        }
    }

    /** Every node's report, by committee id, nodes ordered by id. */
    public Map<String, List<CommitteeNode>> nodes() {
        Instant now = StoredTime.now();
        Map<String, List<CommitteeNode>> byCommittee = new TreeMap<>();
        for (Report report : database.transaction(NodePresence::reports)) {
            byCommittee.computeIfAbsent(report.committeeId(), id -> new ArrayList<>()).add(new CommitteeNode(
                    report.node(), report.bundleVersion(), report.online() && live(report.heartbeat(), now),
                    report.heartbeat()));
        }
        return byCommittee;
    }

    /**
     * Committees whose bundle the live nodes disagree on (different versions online, or online on some and not
     * on others) for longer than the grace period; nothing while the database cannot be read (health says so).
     */
    public List<HealthProblem> problems() {
        Instant now = StoredTime.now();
        List<Report> reports;
        Map<String, LiveNode> liveNodes;
        try {
            reports = database.transaction(NodePresence::reports);
            liveNodes = database.transaction(connection -> liveNodes(connection, now));
        } catch (UnavailableException e) {
            return List.of();
        }
        if (liveNodes.size() < 2) {
            return List.of();
        }
        Map<String, Map<String, Report>> byCommittee = new TreeMap<>();
        for (Report report : reports) {
            if (liveNodes.containsKey(report.node())) {
                byCommittee.computeIfAbsent(report.committeeId(), id -> new HashMap<>()).put(report.node(), report);
            }
        }
        List<HealthProblem> problems = new ArrayList<>();
        byCommittee.forEach((committeeId, reported) -> skew(committeeId, reported, liveNodes, now)
                .ifPresent(problems::add));
        return problems;
    }

    private Optional<HealthProblem> skew(String committeeId, Map<String, Report> reported,
            Map<String, LiveNode> liveNodes, Instant now) {
        Map<String, String> states = new LinkedHashMap<>();
        Instant since = Instant.MIN;
        for (LiveNode node : liveNodes.values()) {
            Report report = reported.get(node.node());
            states.put(node.node(), report != null && report.online() ? report.bundleVersion() : null);
            Instant changed = report != null ? report.changedAt() : node.startedAt();
            since = changed.isAfter(since) ? changed : since;
        }
        if (states.values().stream().distinct().count() < 2 || Duration.between(since, now).compareTo(grace) < 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        states.forEach((node, version) -> parts.add(version == null ? "not online on " + node
                : version + " on " + node));
        return Optional.of(new HealthProblem("nodes", "committee " + committeeId
                + ": the nodes disagree on its bundle (" + String.join(", ", parts) + ") since " + since
                + "; deploy the same bundle version to every node"));
    }

    /** Writes this node's heartbeat and the committees it has online; a failure waits for the next heartbeat. */
    void report() {
        Collection<CommitteeInfo> committees = onlineHere.get();
        try {
            database.transaction(connection -> {
                write(connection, committees, StoredTime.now());
                return null;
            });
        } catch (RuntimeException e) {
            // the database is away, or a collision with a concurrent start: a failure would end the schedule
            LOG.debug("Node {} could not report its committees: {}", nodeId, e.getMessage());
        }
    }

    private void write(Connection connection, Collection<CommitteeInfo> committees, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE platform_node SET started_at = ?, heartbeat_at = ? WHERE node_id = ?")) {
            update.setTimestamp(1, Timestamp.from(startedAt));
            update.setTimestamp(2, at);
            update.setString(3, nodeId);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO platform_node (node_id, started_at, heartbeat_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, nodeId);
                    insert.setTimestamp(2, Timestamp.from(startedAt));
                    insert.setTimestamp(3, at);
                    insert.executeUpdate();
                }
            }
        }
        Map<String, Report> before = new HashMap<>();
        for (Report report : reports(connection)) {
            if (report.node().equals(nodeId)) {
                before.put(report.committeeId(), report);
            }
        }
        Map<String, String> onlineNow = new HashMap<>();
        committees.forEach(c -> onlineNow.put(c.id(), c.bundleVersion()));
        for (Map.Entry<String, String> online : onlineNow.entrySet()) {
            Report was = before.get(online.getKey());
            if (was == null) {
                insertReport(connection, online.getKey(), online.getValue(), at);
            } else if (!was.online() || !Objects.equals(was.bundleVersion(), online.getValue())) {
                updateReport(connection, online.getKey(), online.getValue(), true, at);
            }
        }
        for (Report was : before.values()) {
            if (was.online() && !onlineNow.containsKey(was.committeeId())) {
                updateReport(connection, was.committeeId(), was.bundleVersion(), false, at);
            }
        }
    }

    private void insertReport(Connection connection, String committeeId, String version, Timestamp at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node_committee (node_id, "
                + "committee_id, bundle_version, online, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, nodeId);
            insert.setString(2, committeeId);
            insert.setString(3, version);
            insert.setBoolean(4, true);
            insert.setTimestamp(5, at);
            insert.executeUpdate();
        }
    }

    private void updateReport(Connection connection, String committeeId, String version, boolean online,
            Timestamp at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE node_committee SET bundle_version = ?, "
                + "online = ?, changed_at = ? WHERE node_id = ? AND committee_id = ?")) {
            update.setString(1, version);
            update.setBoolean(2, online);
            update.setTimestamp(3, at);
            update.setString(4, nodeId);
            update.setString(5, committeeId);
            update.executeUpdate();
        }
    }

    private static List<Report> reports(Connection connection) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.node_id, c.committee_id, "
                + "c.bundle_version, c.online, c.changed_at, n.heartbeat_at FROM node_committee c "
                + "JOIN platform_node n ON n.node_id = c.node_id ORDER BY c.committee_id, c.node_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Timestamp heartbeat = rows.getTimestamp(6);
                reports.add(new Report(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        rows.getTimestamp(5).toInstant(), heartbeat == null ? null : heartbeat.toInstant()));
            }
        }
        return reports;
    }

    private Map<String, LiveNode> liveNodes(Connection connection, Instant now) throws SQLException {
        Map<String, LiveNode> nodes = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT node_id, started_at, heartbeat_at FROM platform_node WHERE heartbeat_at IS NOT NULL");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (live(rows.getTimestamp(3).toInstant(), now)) {
                    nodes.put(rows.getString(1), new LiveNode(rows.getString(1), rows.getTimestamp(2).toInstant()));
                }
            }
        }
        return nodes;
    }

    private boolean live(Instant lastHeartbeat, Instant now) {
        return lastHeartbeat != null && lastHeartbeat.plus(heartbeat.multipliedBy(MISSED_HEARTBEATS)).isAfter(now);
    }

    /** The host name and the HTTP port pax-web is configured with: unique per node, stable across restarts. */
    private static String defaultNodeId(ConfigurationAdmin configurations, BundleContext context) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + httpPort(configurations, context);
    }

    private static String httpPort(ConfigurationAdmin configurations, BundleContext context) {
        String property = "org.osgi.service.http.port";
        if (configurations != null) {
            try {
                Configuration web = configurations.getConfiguration("org.ops4j.pax.web", null);
                Object port = web.getProperties() == null ? null : web.getProperties().get(property);
                if (port != null) {
                    return port.toString();
                }
            } catch (java.io.IOException e) {
                LOG.debug("Cannot read pax-web's port", e);
            }
        }
        String port = context.getProperty(property);
        return port != null ? port : "8181";
    }
}
