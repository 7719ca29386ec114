package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * What the guide promises district IT: a committee generated from the archetype builds and passes its tests
 * offline against the just-built parent, API and testkit (the private repository invoker:install stages, with
 * ~/.m2 as a read-only tail for third-party plugins), and the jar dropped into deploy/ of the distribution comes
 * online with its catalogue and its premises rule in the grant check.
 */
class CommitteeArchetypeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "exempelnamnden";
    private static final Path WORK = Path.of("target/committee-archetype").toAbsolutePath();

    private KarafInstallation karaf;

    @AfterEach
    void stopWhatIsRunning() {
        KarafInstallation.stopIfRunning(karaf);
    }

    @Test
    void aCommitteeGeneratedFromTheArchetypeBuildsOfflineAndComesOnlineWithItsCatalogueAndItsRule() throws Exception {
        karaf = KarafInstallation.unpack(WORK.resolve("karaf"));
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
        Path jar = project.resolve("target/vbe-committee-" + ID + "-1.0.0-SNAPSHOT.jar");
        karaf.awaitHealth(200);
        KarafShell.drop(karaf.home().resolve("deploy/" + ID + ".jar"), Files.readAllBytes(jar));

        Http http = karaf.http();
        await(ID + " online").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> json(http.get("/api/committees/" + ID)).get("online").asBoolean());
        JsonNode committee = json(http.get("/api/committees/" + ID));
        assertEquals("Exempelnämnden", committee.get("name").asText());
        assertEquals("SPECIALIST", committee.get("kind").asText());
        assertEquals("trygghetsvandring", json(http.get("/api/committees/" + ID + "/catalogue")).get(0).get("id")
                .asText());
        String rule = ID + ".private-booking";
        await(rule + " in use").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> reason(grantCheck(http), rule) != null);
        JsonNode check = grantCheck(http);
        assertEquals("REVIEW", check.get("decision").asText());
        assertEquals("REVIEW", reason(check, rule).get("outcome").asText());
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
