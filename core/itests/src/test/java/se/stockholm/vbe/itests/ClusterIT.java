package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * Two nodes, each an unpacked copy of the distribution started with bin/start, on one PostgreSQL database, as an
 * operator runs them behind a load balancer: they start together without doing one-time work twice, a write on
 * one is seen at once on the other (body and ETag), a session signed in on one works on the other, and a
 * committee bundle on one node only is listed per node and named in the other's health. PostgreSQL only.
 */
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RK = "/api/committees/rinkeby-kista/plans/2019";
    private static final Pattern SESSION_COOKIE = Pattern.compile("VBE_SESSION=([A-Za-z0-9_-]{43});.*");

    private static String url;
    private static KarafInstallation nodeA;
    private static KarafInstallation nodeB;

    @BeforeAll
    static void startTwoNodesTogetherOnOneDatabase() {
        url = PostgresServer.get().createDatabase("vbe_cluster");
        nodeA = node("node-a");
        nodeB = node("node-b");
        nodeA.launch();
        nodeB.launch();
        nodeA.awaitHealth(200);
        nodeB.awaitHealth(200);
    }

    @AfterAll
    static void stopBoth() {
        for (KarafInstallation node : new KarafInstallation[] {nodeA, nodeB}) {
            if (node != null && node.isRunning()) {
                node.stop();
            }
        }
    }

    private static KarafInstallation node(String nodeId) {
        KarafInstallation node = KarafInstallation.unpack(Path.of("target/cluster/" + nodeId));
        String datasource = "etc/org.ops4j.datasource-vbe.cfg";
        node.setProperty(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        node.setProperty(datasource, "url", url);
        node.setProperty(datasource, "user", PostgresServer.USER);
        node.setProperty(datasource, "password", PostgresServer.PASSWORD);
        node.setProperty("etc/se.stockholm.vbe.node.cfg", "nodeId", nodeId);
        node.setProperty("etc/se.stockholm.vbe.node.cfg", "heartbeatSeconds", 1);
        node.setProperty("etc/se.stockholm.vbe.node.cfg", "skewGraceSeconds", 2);
        return node;
    }

    @Test
    void twoNodesStartingTogetherRecordEachCommitteeAndImportEachShippedPlanOnce() throws Exception {
        assertEquals(List.of(), rows("SELECT id, COUNT(*) FROM committee GROUP BY id HAVING COUNT(*) > 1"));
        assertEquals(List.of("alvsjo 2018", "hasselby-vallingby 2018", "rinkeby-kista 2019"),
                rows("SELECT committee_id, plan_year FROM action_plan ORDER BY committee_id, plan_year"));
        assertEquals(List.of("alvsjo 1", "hasselby-vallingby 1", "rinkeby-kista 1"),
                rows("SELECT committee_id, COUNT(*) FROM plan_version GROUP BY committee_id ORDER BY committee_id"),
                "one decision recorded per imported plan");
        assertEquals(List.of("3"), rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'import'"));
        assertEquals(rows("SELECT COUNT(*) FROM committee"), rows("SELECT COUNT(*) FROM committee_owner"),
                "one owner per committee");
        assertEquals(List.of("16 16"), rows("SELECT COUNT(*), MAX(version) FROM vbe_schema_version"),
                "each migration ran once");
    }

    @Test
    void aWriteOnOneNodeIsAnsweredAtOnceOnTheOtherWithTheNewBodyAndNotA304() throws Exception {
        HttpResponse<String> before = nodeB.http().get("/api/plans/2019");
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, nodeB.http().call("GET", "/api/plans/2019", null, null, null,
                "If-None-Match", oldTag).statusCode(), "node B caches the view");
        long activity = json(nodeA.http().get(RK)).get("activities").get(0).get("id").asLong();

        HttpResponse<String> followUp = nodeA.http().call("PUT", RK + "/activities/" + activity + "/follow-ups/T2",
                "{\"status\":\"DONE\",\"comment\":\"Klar enligt nod A\"}", "editor-rinkeby-kista", "editor");
        assertEquals(200, followUp.statusCode(), followUp.body());

        HttpResponse<String> after = nodeB.http().call("GET", "/api/plans/2019", null, null, null,
                "If-None-Match", oldTag);
        assertEquals(200, after.statusCode(), "node B's old ETag is not current any more");
        assertNotEquals(oldTag, after.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(before.body(), after.body());
        assertTrue(json(nodeB.http().get(RK)).toString().contains("Klar enligt nod A"), "the plan read on node B");
    }

    @Test
    void aSessionSignedInOnOneNodeWorksOnTheOtherAndEndsOnBoth() throws Exception {
        HttpResponse<String> signedIn = nodeA.http().call("POST", "/api/session",
                "{\"user\": \"samordnare\", \"password\": \"samordnare\"}", null, null, "X-Requested-With", "fetch");
        assertEquals(201, signedIn.statusCode(), signedIn.body());
        Matcher cookie = SESSION_COOKIE.matcher(signedIn.headers().firstValue("Set-Cookie").orElse(""));
        assertTrue(cookie.matches(), signedIn.headers().toString());
        String session = "VBE_SESSION=" + cookie.group(1);
        String token = json(signedIn).get("csrfToken").asText();

        HttpResponse<String> me = withSession(nodeB, session, "GET", "/api/me", null);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("samordnare", json(me).get("user").asText());
        HttpResponse<String> write = withSession(nodeB, session, "PUT",
                "/api/admin/committees/alvsjo/features/premises-rental-check", "{\"enabled\": true}",
                "X-CSRF-Token", token);
        assertEquals(200, write.statusCode(), "a write with the session's token on node B: " + write.body());

        assertEquals(204, withSession(nodeB, session, "DELETE", "/api/session", null, "X-CSRF-Token", token)
                .statusCode());
        assertEquals(401, withSession(nodeA, session, "GET", "/api/me", null).statusCode(), "ended on node A too");
    }

    @Test
    void aCommitteeBundleOnOneNodeOnlyIsListedPerNodeAndIsASkewInTheOtherNodesHealth() throws Exception {
        byte[] bundle = TestBundles.committee("cluster-district", "1.0.0").jar();
        Files.write(nodeA.home().resolve("deploy/cluster-district.jar"), bundle);

        JsonNode listed = await("node B lists the committee node A has").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().until(() -> json(nodeB.http().get("/api/committees/cluster-district")),
                        committee -> committee.get("nodes").size() == 1
                                && committee.get("nodes").get(0).get("online").asBoolean());
        JsonNode onA = listed.get("nodes").get(0);
        assertEquals("node-a", onA.get("node").asText());
        assertEquals("1.0.0", onA.get("bundleVersion").asText());
        assertEquals(false, listed.get("online").asBoolean(), "not online on node B itself");
        assertTrue(nodeB.http().get("/api/committees").body().contains("\"node\":\"node-a\""));

        JsonNode health = await("node B's health names the skew").atMost(Duration.ofSeconds(30))
                .until(() -> json(nodeB.http().get("/api/health")), h -> h.toString().contains("cluster-district"));
        assertEquals("DEGRADED", health.get("status").asText());
        assertTrue(health.toString().contains("1.0.0 on node-a"), health.toString());
        assertTrue(health.toString().contains("not online on node-b"), health.toString());

        Files.write(nodeB.home().resolve("deploy/cluster-district.jar"), bundle);
        await("the skew to clear once node B has the same bundle").atMost(Duration.ofSeconds(30))
                .until(() -> !nodeB.http().get("/api/health").body().contains("cluster-district"));
        JsonNode both = json(nodeA.http().get("/api/committees/cluster-district"));
        assertEquals(List.of("node-a 1.0.0 true", "node-b 1.0.0 true"), nodes(both));
    }

    /** Each node of the committee as its id, bundle version and whether it is online there. */
    private static List<String> nodes(JsonNode committee) {
        List<String> nodes = new ArrayList<>();
        committee.get("nodes").forEach(n -> nodes.add(n.get("node").asText() + " " + n.get("bundleVersion").asText()
                + " " + n.get("online").asBoolean()));
        return nodes;
    }

    private static HttpResponse<String> withSession(KarafInstallation node, String cookie, String method, String path,
            String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Cookie", cookie, "X-Requested-With", "fetch"));
        all.addAll(List.of(headers));
        return node.http().call(method, path, body, null, null, all.toArray(String[]::new));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Each row of the query as its columns joined by a space. */
    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
