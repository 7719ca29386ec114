package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * What the guide promises district IT, walked through as the "done when" says: a committee generated from
 * the archetype builds and passes its tests offline against the just-built parent, API and testkit (the private
 * repository invoker:install stages, with ~/.m2 as a read-only tail for third-party plugins); its deployer, who has
 * no shell on the server, dry-runs and uploads it over REST; it comes online with its catalogue and its premises
 * rule in the grant check; a second bundle claiming its id is refused over REST and in deploy/; the coordinator
 * quarantines and releases it.
 */
class CommitteeArchetypeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "exempelnamnden";
    private static final Path WORK = Path.of("target/committee-archetype").toAbsolutePath();
    private static final String DEPLOYER = "deployer-exempel";
    private static final String DEPLOYER_PASSWORD = "Exempel-2026-utrullning";
    private static final String BUNDLE = "/api/admin/committees/" + ID + "/bundle";
    private static final String RULE = ID + ".private-booking";

    private KarafInstallation karaf;

    @AfterEach
    void stopWhatIsRunning() {
        KarafInstallation.stopIfRunning(karaf);
    }

    @Test
    void aCommitteeFromTheArchetypeIsBuiltOfflineUploadedByItsDeployerAndKeptByItsOwner() throws Exception {
        karaf = KarafInstallation.unpack(WORK.resolve("karaf"));
        // the operator gives district IT its role; Karaf hashes the plain password on first use
        karaf.setProperty("etc/users.properties", DEPLOYER, DEPLOYER_PASSWORD + ",deployer." + ID);
        karaf.launch();
        Path projects = WORK.resolve("projects");
        deleteTree(projects);
        // Its own .mvn: the nested build must not take this checkout's .mvn as its project root.
        Files.createDirectories(projects.resolve(".mvn"));

        maven(projects, "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("vbe.archetype.version")
                + ":generate", "-DarchetypeGroupId=se.stockholm.vbe", "-DarchetypeArtifactId=vbe-committee-archetype",
                "-DarchetypeVersion=" + System.getProperty("vbe.version"), "-Did=" + ID, "-Dname=Exempelnämnden",
                "-Dkind=SPECIALIST");
        Path project = projects.resolve("vbe-committee-" + ID);
        String build = maven(project, "verify");

        assertTrue(build.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0"), build);
        byte[] jar = Files.readAllBytes(project.resolve("target/vbe-committee-" + ID + "-1.0.0-SNAPSHOT.jar"));
        karaf.awaitHealth(200);
        Http http = karaf.http();

        HttpResponse<String> dryRun = upload(http, BUNDLE + "?dryRun=true", jar, DEPLOYER, DEPLOYER_PASSWORD);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertFalse(json(dryRun).get("installed").asBoolean(), dryRun.body());
        json(dryRun).get("checks").forEach(check -> assertTrue(check.get("passed").asBoolean(), dryRun.body()));
        assertEquals(404, http.get("/api/committees/" + ID).statusCode(), "a dry run installs nothing");

        HttpResponse<String> uploaded = upload(http, BUNDLE, jar, DEPLOYER, DEPLOYER_PASSWORD);
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        JsonNode committee = json(http.get("/api/committees/" + ID));
        assertTrue(committee.get("online").asBoolean(), committee.toString());
        assertEquals("Exempelnämnden", committee.get("name").asText());
        assertEquals("SPECIALIST", committee.get("kind").asText());
        assertEquals("trygghetsvandring", json(http.get("/api/committees/" + ID + "/catalogue")).get(0).get("id")
                .asText());
        await(RULE + " in use").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> reason(grantCheck(http), RULE) != null);
        JsonNode check = grantCheck(http);
        assertEquals("REVIEW", check.get("decision").asText());
        assertEquals("REVIEW", reason(check, RULE).get("outcome").asText());

        String owner = committee.get("bundle").asText();
        TestBundles claimant = TestBundles.committee(ID, "9.0.0").uploadable();
        HttpResponse<String> claimed = upload(http, BUNDLE, claimant.jar(), "samordnare", "samordnare");
        assertEquals(409, claimed.statusCode(), claimed.body());
        assertTrue(claimed.body().contains(owner), claimed.body());
        KarafShell.drop(karaf.home().resolve("deploy/claimant.jar"), claimant.jar());
        await("the claimant in deploy/ named in health").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/health").body().contains(claimant.symbolicName()));
        assertEquals(owner, json(http.get("/api/committees/" + ID)).get("bundle").asText(), "the owner keeps it");
        assertTrue(json(http.get("/api/committees/" + ID)).get("online").asBoolean());

        HttpResponse<String> quarantined = http.call("POST", "/api/admin/committees/" + ID + "/quarantine",
                "{\"reason\": \"Regeln granskas\"}", "samordnare", "samordnare");
        assertEquals(200, quarantined.statusCode(), quarantined.body());
        await(ID + " offline in quarantine").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !json(http.get("/api/committees/" + ID)).get("online").asBoolean());
        JsonNode duringQuarantine = grantCheck(http);
        assertEquals("REVIEW", duringQuarantine.get("decision").asText());
        assertTrue(duringQuarantine.toString().contains("karantän"), duringQuarantine.toString());
        assertEquals(null, reason(duringQuarantine, RULE), "a quarantined committee's rules do not run");

        assertEquals(204, http.call("DELETE", "/api/admin/committees/" + ID + "/quarantine", null, "samordnare",
                "samordnare").statusCode());
        await(RULE + " in use again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> reason(grantCheck(http), RULE) != null);
        assertTrue(json(http.get("/api/committees/" + ID)).get("online").asBoolean());
    }

    private static HttpResponse<String> upload(Http http, String path, byte[] jar, String user, String password) {
        return http.send(http.request(path).PUT(HttpRequest.BodyPublishers.ofByteArray(jar))
                .header("Content-Type", "application/java-archive").header("Authorization", Http.basic(user, password)));
    }

    private static JsonNode grantCheck(Http http) throws IOException {
        HttpResponse<String> response = http.call("POST", "/api/committees/" + ID + "/grant-checks", """
                {"type": "PREMISES_RENTAL",
                 "organisation": {"name": "Föreningen Exempel", "organisationNumber": "556036-0793",
                                  "religiousAffiliation": false, "politicalAffiliation": false},
                 "purpose": "Föreläsning", "targetsResidents": true,
                 "declarations": {"democracy": true, "humanRights": true, "genderEquality": true, "nonViolence": true},
                 "premises": "Medborgarhuset", "date": "2026-12-12", "bookedBy": "PRIVATE_PERSON"}
                """, "samordnare", "samordnare");
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode reason(JsonNode check, String rule) {
        for (JsonNode reason : check.get("reasons")) {
            if (reason.get("rule").asText().equals(rule)) {
                return reason;
            }
        }
        return null;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The Maven running this build, offline, on the staged repository; fails the test with its output. */
    private static String maven(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("vbe.maven.home"), "bin", "mvn")
                .toString(), "-B", "-ntp", "-o", "-Dmaven.repo.local=" + System.getProperty("vbe.committee.repository"),
                "-Dmaven.repo.local.tail=" + System.getProperty("vbe.maven.repository")));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(WORK, "maven", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished && process.exitValue() == 0, String.join(" ", command) + " in " + directory + ":\n"
                + output);
        return output;
    }
}
