package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Online backup and restore on the built distribution, as docs/operations.md tells an operator to do it: a
 * backup over REST while an editor keeps writing, then the data directory wiped and the backup put in its place.
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "/api/committees/rinkeby-kista/plans/2031";
    private static final String EDITOR = "editor-rinkeby-kista";

    private static KarafInstallation karaf;

    @BeforeAll
    static void start() {
        karaf = KarafInstallation.unpack(Path.of("target/backup-restore"));
        karaf.start();
    }

    @AfterAll
    static void stop() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    /** One follow-up an editor sent: its comment, when it was sent, and when the platform acknowledged it. */
    private record Write(String activityId, String comment, long sentAt, long acknowledgedAt) {
    }

    @Test
    void aBackupTakenUnderWriteLoadRestoresEveryWriteAcknowledgedBeforeItStarted() throws Exception {
        List<String> activities = adoptedPlanWithActivities();
        List<Write> acknowledged = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int n = 0; writing.get(); n++) {
                String activity = activities.get(n % activities.size());
                String comment = "skrivning " + n;
                long sentAt = System.nanoTime();
                HttpResponse<String> written = karaf.http().call("PUT", PLAN + "/activities/" + activity
                        + "/follow-ups/T1", "{\"status\":\"IN_PROGRESS\",\"comment\":\"" + comment + "\"}", EDITOR,
                        "editor");
                if (written.statusCode() == 200) {
                    acknowledged.add(new Write(activity, comment, sentAt, System.nanoTime()));
                } else {
                    refused.add(written.statusCode() + " " + written.body());
                }
            }
        }, "editor writing follow-ups");
        writer.start();
        await("the editor's first writes").atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 20);

        List<Write> beforeBackup = List.copyOf(acknowledged);
        long backupSent = System.nanoTime();
        HttpResponse<String> taken = karaf.http().call("POST", "/api/admin/backups", "{}", "samordnare", "samordnare");
        long backupAnswered = System.nanoTime();
        await("writes sent after the backup").atMost(Duration.ofSeconds(30))
                .until(() -> acknowledged.stream().filter(write -> write.sentAt() > backupAnswered).count() >= 10);
        writing.set(false);
        writer.join(30_000);

        assertEquals(201, taken.statusCode(), taken.body());
        JsonNode backup = JSON.readTree(taken.body());
        Path location = Path.of(backup.get("location").asText());
        assertEquals(karaf.home().resolve("data/backup"), location.getParent());
        assertTrue(backup.get("bytes").asLong() > 0, taken.body());
        assertFalse(Instant.parse(backup.get("startedAt").asText())
                .isAfter(Instant.parse(backup.get("finishedAt").asText())), taken.body());
        assertEquals(List.of(), refused, "no write was refused while the backup ran");
        assertTrue(acknowledged.stream().anyMatch(write -> write.sentAt() < backupAnswered
                && write.acknowledgedAt() > backupSent), "the editor was writing while the backup ran");
        assertTrue(karaf.http().get("/api/admin/backups", "samordnare", "samordnare").body()
                .contains(JSON.writeValueAsString(location.toString())), "the backup is listed");
        assertTrue(karaf.http().get("/api/audit?entity=backup&limit=1", "samordnare", "samordnare").body()
                .contains("location: – → " + location), "the backup is in the audit trail");
        List<Write> afterBackup = acknowledged.stream().filter(write -> write.sentAt() > backupAnswered).toList();

        karaf.stop();
        restore(location);
        karaf.start();

        HttpResponse<String> health = karaf.http().get("/api/health");
        assertTrue(health.body().startsWith("{\"status\":\"UP\",\"database\":\"UP\""), health.body());
        Set<String> restored = new HashSet<>();
        for (String activity : activities) {
            restored.addAll(comments(activity));
        }
        for (Write write : beforeBackup) {
            assertTrue(restored.contains(write.comment()), write + " was acknowledged before the backup started");
        }
        for (Write write : afterBackup) {
            assertFalse(restored.contains(write.comment()), write + " was sent after the backup; the restore is "
                    + "the backup, not the old data");
        }
    }

    @Test
    void theShellBacksUpIntoTheDirectoryItIsGiven() throws Exception {
        String password = Files.readString(karaf.home().resolve("etc/admin-password")).trim();

        KarafInstallation.Result shell = karaf.client("karaf", password, "vbe:backup shell-backups");

        assertEquals(0, shell.exitCode(), shell.output());
        assertTrue(shell.output().contains("Backed up into " + karaf.home().resolve("shell-backups")), shell.output());
        try (Stream<Path> backups = Files.list(karaf.home().resolve("shell-backups"))) {
            Path backup = backups.findFirst().orElseThrow();
            assertTrue(Files.isRegularFile(backup.resolve("derby/service.properties")), "a whole Derby database");
            assertTrue(Files.isRegularFile(backup.resolve("backup.properties")));
        }
    }

    @Test
    void aBackupDirectoryThatCannotBeWrittenIsA503NamingIt() throws Exception {
        Path directory = karaf.home().resolve("data/backup");
        Path aside = karaf.home().resolve("data/backup.aside");
        if (Files.exists(directory)) {
            Files.move(directory, aside);
        }
        Files.writeString(directory, "a file where the backups should go");
        try {
            HttpResponse<String> refused = karaf.http().call("POST", "/api/admin/backups", null, "samordnare",
                    "samordnare");

            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.body().contains("cannot write a backup into " + directory), refused.body());
        } finally {
            Files.delete(directory);
            if (Files.exists(aside)) {
                Files.move(aside, directory);
            }
        }
    }

    @Test
    void onlyTheCoordinatorTakesBackups() {
        assertEquals(403, karaf.http().call("POST", "/api/admin/backups", "{}", EDITOR, "editor").statusCode());
        assertEquals(401, karaf.http().call("POST", "/api/admin/backups", "{}", null, null).statusCode());
    }

    /** The plan 2031 of rinkeby-kista, adopted so that it takes follow-ups; its activities' ids. */
    private static List<String> adoptedPlanWithActivities() throws IOException {
        HttpResponse<String> created = karaf.http().call("PUT", PLAN, PlansIT.plan(3), EDITOR, "editor");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> adopted = karaf.http().call("POST", PLAN + "/status", PlansIT.ADOPT, EDITOR, "editor");
        assertEquals(200, adopted.statusCode(), adopted.body());
        List<String> ids = new ArrayList<>();
        JSON.readTree(adopted.body()).get("activities").forEach(activity -> ids.add(activity.get("id").asText()));
        return ids;
    }

    /** Step 3 of "Restoring a backup" in docs/operations.md, word for word, on the stopped installation. */
    private static void restore(Path backup) throws Exception {
        Process restore = new ProcessBuilder("sh", "-c", "rm -rf data/vbe && mkdir -p data/vbe && cp -a \""
                + backup + "/derby\" data/vbe/derby").directory(karaf.home().toFile()).inheritIO().start();
        assertEquals(0, restore.waitFor(), "the restore's commands");
    }

    private static List<String> comments(String activity) throws IOException {
        HttpResponse<String> history = karaf.http().get(PLAN + "/activities/" + activity + "/follow-ups/T1/history",
                EDITOR, "editor");
        assertEquals(200, history.statusCode(), history.body());
        List<String> comments = new ArrayList<>();
        JSON.readTree(history.body()).forEach(report -> comments.add(report.path("comment").asText()));
        return comments;
    }
}
