package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The PostgreSQL server going away under a running platform (the distribution started with bin/start on the test
 * JVM's private server): health says DOWN and names the database, a write is 503 with Retry-After and leaves
 * nothing behind, and when the server is back the platform recovers by itself, without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "/api/committees/rinkeby-kista/plans/2019";

    private final PostgresServer postgres = PostgresServer.get();
    private KarafInstallation karaf;

    @BeforeAll
    void startTheDistributionOnPostgreSql() {
        karaf = KarafInstallation.unpack(Path.of("target/postgres-outage"));
        String dataSource = "etc/org.ops4j.datasource-vbe.cfg";
        karaf.setProperty(dataSource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        karaf.setProperty(dataSource, "url", postgres.createDatabase("outage"));
        karaf.setProperty(dataSource, "user", PostgresServer.USER);
        karaf.setProperty(dataSource, "password", PostgresServer.PASSWORD);
        karaf.start();
    }

    @AfterAll
    void stop() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    void aServerThatGoesAwayIsNamedWritesAre503AndThePlatformRecoversByItself() throws Exception {
        // Health is UP once the committees are recorded; their shipped plans are imported just after.
        long activity = await("the shipped plan imported").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(this::firstActivityFollowedUpInT1, id -> true);
        String followUp = PLAN + "/activities/" + activity + "/follow-ups/T1";
        assertEquals(200, write(followUp, "före avbrottet").statusCode());

        postgres.pause();
        try {
            JsonNode down = await("health DOWN").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(this::health, health -> "DOWN".equals(health.get("status").asText()));
            assertEquals("DOWN", down.get("database").asText(), down.toString());
            assertTrue(down.get("problems").toString().toLowerCase().contains("database"), down.toString());

            HttpResponse<String> refused = write(followUp, "under avbrottet");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } finally {
            postgres.resume();
        }

        await("health UP again without a restart").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> "UP".equals(health().get("status").asText()));
        JsonNode history = JSON.readTree(karaf.http().get(followUp + "/history").body());
        assertEquals("före avbrottet", history.get(history.size() - 1).get("comment").asText(), history.toString());
        assertTrue(!history.toString().contains("under avbrottet"), "the refused write left nothing: " + history);
        assertEquals(200, write(followUp, "efter avbrottet").statusCode(), "writes work again");
    }

    private long firstActivityFollowedUpInT1() throws Exception {
        for (JsonNode activity : JSON.readTree(karaf.http().get(PLAN).body()).get("activities")) {
            if (activity.get("followUpIn").toString().contains("T1")) {
                return activity.get("id").asLong();
            }
        }
        throw new AssertionError("no activity followed up in T1");
    }

    private HttpResponse<String> write(String path, String comment) {
        return karaf.http().call("PUT", path, "{\"status\":\"IN_PROGRESS\",\"comment\":\"" + comment + "\"}",
                "editor-rinkeby-kista", "editor");
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(karaf.http().get("/api/health").body());
    }
}
