package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * Committee bundles uploaded over REST, in the real distribution: the dry run, the install in place, the rollback,
 * the removal, and each check that refuses an upload.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommitteeUploadIT extends VbeKarafTestSupport {

    private static final String BUNDLE = "/api/admin/committees/%s/bundle";

    @Test
    public void aDryRunInstallsNothingAnUploadGoesOnlineAndANewVersionReplacesItInPlaceUntilRolledBack()
            throws Exception {
        byte[] first = TestBundles.committee("upload-district", "1.0.0").uploadable().jar();
        HttpResponse<String> dryRun = upload("upload-district", "?dryRun=true", first, "application/java-archive",
                "samordnare");
        assertEquals(dryRun.body(), 200, dryRun.statusCode());
        JsonNode report = JSON.readTree(dryRun.body());
        assertFalse(report.get("installed").asBoolean());
        assertEquals("[size, content-type, zip, kar, manifest, imports, ownership, trust, descriptor, resolution]",
                names(report));
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> "upload-district".equals(
                b.getHeaders().get("VBE-Committee"))));

        HttpResponse<String> installed = upload("upload-district", "", first, "application/java-archive", "samordnare");
        assertEquals(installed.body(), 200, installed.statusCode());
        assertTrue(JSON.readTree(installed.body()).get("installed").asBoolean());
        assertTrue(json(http.get("/api/committees/upload-district")).get("online").asBoolean());
        long bundleId = bundleOf("upload-district").getBundleId();

        byte[] second = TestBundles.committee("upload-district", "1.1.0").templates("mall-a,mall-b,mall-c")
                .uploadable().jar();
        assertEquals(200, upload("upload-district", "?dryRun=true", second, "application/octet-stream",
                "samordnare").statusCode());
        assertEquals(200, upload("upload-district", "", second, "application/octet-stream", "samordnare")
                .statusCode());
        assertEquals("1.1.0", json(http.get("/api/committees/upload-district")).get("bundleVersion").asText());
        assertEquals(bundleId, bundleOf("upload-district").getBundleId());
        assertEquals(3, json(http.get("/api/committees/upload-district/catalogue")).size());

        HttpResponse<String> rollback = http.call("POST", BUNDLE.formatted("upload-district") + "/rollback", null,
                "samordnare", "samordnare");
        assertEquals(rollback.body(), 200, rollback.statusCode());
        assertEquals("1.0.0", json(http.get("/api/committees/upload-district")).get("bundleVersion").asText());
        assertEquals(bundleId, bundleOf("upload-district").getBundleId());

        HttpResponse<String> removed = http.call("DELETE", BUNDLE.formatted("upload-district"), null, "samordnare",
                "samordnare");
        assertEquals(removed.body(), 200, removed.statusCode());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                !json(http.get("/api/committees/upload-district")).get("online").asBoolean());

        String audit = http.call("GET", "/api/audit?entity=committee-bundle", null, "samordnare", "samordnare").body();
        for (String action : new String[] {"bundle.dry-run", "bundle.upload", "bundle.rollback", "bundle.remove"}) {
            assertTrue(action + " in " + audit, audit.contains("\"" + action + "\""));
        }
    }

    @Test
    public void aDeployerUploadsItsOwnCommitteeOnlyAndEveryCheckRefusesWhatItShould() throws Exception {
        byte[] alvsjo = TestBundles.committee("alvsjo", "1.0.0").uploadable().jar();
        assertEquals(403, upload("alvsjo", "?dryRun=true", alvsjo, "application/java-archive", "deployer-rinkeby")
                .statusCode());

        refused("rinkeby-kista", TestBundles.committee("alvsjo", "1.0.0").uploadable().jar(),
                "application/java-archive", 422, "manifest", "VBE-Committee: alvsjo");
        refused("rinkeby-kista", TestBundles.committee("rinkeby-kista", "1.0.0").uploadable().jar(),
                "application/java-archive", 409, "ownership", "se.stockholm.vbe.committee.rinkeby-kista");
        refused("new-district", TestBundles.committee("new-district", "1.0.0").uploadable().jar(), "text/plain",
                415, "content-type", "text/plain");
        refused("new-district", zipBomb(), "application/java-archive", 422, "zip", "inflates to more than");
        refused("new-district", TestBundles.committee("new-district", "1.0.0").uploadable()
                .header("Import-Package", "se.stockholm.vbe.platform.internal.db").jar(), "application/java-archive",
                422, "imports", "se.stockholm.vbe.platform.internal.db");
        refused("new-district", TestBundles.committee("new-district", "1.0.0").uploadable()
                .header("Import-Package", "se.stockholm.vbe.api.nosuch").jar(), "application/java-archive",
                422, "resolution", "se.stockholm.vbe.api.nosuch");

        // Over a raw socket (Http.offer): the JDK's client with expectContinue sometimes never returned once the
        // server had answered 413 without reading the body (seen in CI, the test JVM waiting for good).
        Http.RawResponse oversize = http.offer("PUT", BUNDLE.formatted("new-district"), "application/java-archive",
                new byte[21 * 1024 * 1024], "Authorization", Http.basic("samordnare", "samordnare"));
        assertEquals(oversize.body(), 413, oversize.status());
        assertEquals("size", JSON.readTree(oversize.body()).get("check").asText());
        assertTrue(http.call("GET", "/api/audit?entity=committee-bundle", null, "samordnare", "samordnare").body()
                .contains("refused at ownership"));
    }

    @Test
    public void aJarWhoseCentralDirectoryNamesAnotherManifestThanItsLocalHeaderIsRefusedAndNothingIsInstalled()
            throws Exception {
        byte[] clean = TestBundles.committee("crafted-district", "1.0.0").uploadable().jar();
        String evil = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: crafted\r\n"
                + "Import-Package: se.stockholm.vbe.platform.internal.db\r\nBundle-Activator: crafted.Evil\r\n\r\n";
        byte[] crafted = centralDirectoryNaming(withEntry(clean, "META-INF/MANIFEST.XX", evil), "META-INF/MANIFEST.MF",
                "META-INF/MANIFEST.XX");

        refused("crafted-district", crafted, "application/java-archive", 422, "zip",
                "central directory and its local entry headers disagree");
        HttpResponse<String> upload = upload("crafted-district", "", crafted, "application/java-archive",
                "samordnare");
        assertEquals(upload.body(), 422, upload.statusCode());
        assertTrue(Arrays.stream(context.getBundles()).noneMatch(b -> "crafted".equals(b.getSymbolicName())
                || b.getLocation().contains("crafted-district")));
    }

    @Test
    public void aCommitteeBundleThatExportsOrProvidesMoreThanDsServicesIsRefusedNamingTheHeader() throws Exception {
        refused("new-district", TestBundles.committee("new-district", "1.0.0").uploadable()
                .header("Export-Package", "se.stockholm.vbe.spi;version=2.9").jar(), "application/java-archive",
                422, "imports", "has Export-Package: se.stockholm.vbe.spi;version=2.9");
        refused("new-district", TestBundles.committee("new-district", "1.0.0").uploadable()
                .header("Provide-Capability", "osgi.wiring.package;osgi.wiring.package=se.stockholm.vbe.spi").jar(),
                "application/java-archive", 422, "imports", "provides the capability osgi.wiring.package");
    }

    @Test
    public void aMalformedCommitteeIdIsNotFoundBeforeTheRoleAndADenialIsAudited() throws Exception {
        String tooLong = "a".repeat(65);
        for (String id : new String[] {tooLong, "%20", "Norrmalm"}) {
            HttpResponse<String> response = upload(id, "?dryRun=true", new byte[] {1}, "application/java-archive",
                    "deployer-rinkeby");
            assertEquals(response.body(), 404, response.statusCode());
            assertTrue(response.body(), response.body().contains("no committee"));
            HttpResponse<String> rollback = http.call("POST", BUNDLE.formatted(id) + "/rollback", null,
                    "samordnare", "samordnare");
            assertEquals(rollback.body(), 404, rollback.statusCode());
        }

        assertEquals(403, upload("alvsjo", "", new byte[] {1}, "application/java-archive", "deployer-rinkeby")
                .statusCode());
        String audit = http.call("GET", "/api/audit?entity=committee-bundle", null, "samordnare", "samordnare").body();
        assertTrue(audit, audit.contains("may not deploy the bundle of alvsjo"));
    }

    @Test
    public void anUploadOrRollbackDuringAQuarantineIsAConflictNamingIt() throws Exception {
        String quarantine = "/api/admin/committees/alvsjo/quarantine";
        assertEquals(200, http.call("POST", quarantine, null, "samordnare", "samordnare").statusCode() / 100 * 100);
        try {
            HttpResponse<String> upload = upload("alvsjo", "", new byte[] {1}, "application/java-archive",
                    "samordnare");
            assertEquals(upload.body(), 409, upload.statusCode());
            assertTrue(upload.body(), upload.body().contains("is in quarantine") && upload.body().contains("releases"));
            HttpResponse<String> rollback = http.call("POST", BUNDLE.formatted("alvsjo") + "/rollback", null,
                    "samordnare", "samordnare");
            assertEquals(rollback.body(), 409, rollback.statusCode());
        } finally {
            http.call("DELETE", quarantine, null, "samordnare", "samordnare");
        }
    }

    @Test
    public void twoUploadsAtOnceForAnUnownedIdWithOtherSymbolicNamesInstallOnlyOne() throws Exception {
        byte[] first = TestBundles.committee("race-district", "1.0.0").uploadable().jar();
        byte[] second = TestBundles.committee("race-district", "1.0.0").uploadable()
                .header("Bundle-SymbolicName", "se.stockholm.vbe.test.race-other").jar();
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() ->
                upload("race-district", "", first, "application/java-archive", "samordnare"));
        CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() ->
                upload("race-district", "", second, "application/java-archive", "samordnare"));

        List<Integer> statuses = List.of(one.get().statusCode(), other.get().statusCode());

        assertEquals(one.get().body() + other.get().body(), List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, Arrays.stream(context.getBundles())
                .filter(b -> "race-district".equals(b.getHeaders().get("VBE-Committee"))).count());
    }

    @Test
    public void aBundleDroppedIntoDeployIsTakenOverByAnUploadSoFileinstallNeverPutsTheOldVersionBack()
            throws Exception {
        Path dropped = Path.of(System.getProperty("karaf.base"), "deploy", "deploy-district.jar");
        KarafShell.drop(dropped, TestBundles.committee("deploy-district", "1.0.0").uploadable().jar());
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                "1.0.0".equals(json(http.get("/api/committees/deploy-district")).get("bundleVersion").asText()));

        HttpResponse<String> uploaded = upload("deploy-district", "", TestBundles.committee("deploy-district", "2.0.0")
                .uploadable().jar(), "application/java-archive", "samordnare");
        assertEquals(uploaded.body(), 200, uploaded.statusCode());
        assertTrue(uploaded.body(), uploaded.body().contains("taken over from deploy/"));
        assertFalse("the old jar is no longer in deploy/", Files.exists(dropped));
        assertEquals("vbe-upload:deploy-district", bundleOf("deploy-district").getLocation());
        staysOnlineIn("deploy-district", "2.0.0");

        // What a restart does: fileinstall reads deploy/ afresh against the bundles it remembers.
        Bundle fileinstall = Arrays.stream(context.getBundles())
                .filter(b -> "org.apache.felix.fileinstall".equals(b.getSymbolicName())).findFirst().orElseThrow();
        fileinstall.stop();
        fileinstall.start();
        staysOnlineIn("deploy-district", "2.0.0");

        assertEquals(200, http.call("POST", BUNDLE.formatted("deploy-district") + "/rollback", null, "samordnare",
                "samordnare").statusCode());
        assertEquals("1.0.0", json(http.get("/api/committees/deploy-district")).get("bundleVersion").asText());
    }

    @Test
    public void aKarUploadInstallsTheJarItHolds() throws Exception {
        HttpResponse<String> uploaded = upload("kar-upload", "", TestBundles.committee("kar-upload", "1.2.0")
                .uploadable().kar("kar-upload"), "application/zip", "samordnare");
        assertEquals(uploaded.body(), 200, uploaded.statusCode());
        JsonNode report = JSON.readTree(uploaded.body());
        assertEquals("se.stockholm.vbe.test.kar.upload", report.get("symbolicName").asText());
        assertTrue(uploaded.body(), report.get("checks").get(3).get("detail").asText().startsWith("takes its one jar"));
        JsonNode committee = json(http.get("/api/committees/kar-upload"));
        assertTrue(committee.get("online").asBoolean());
        assertEquals("1.2.0", committee.get("bundleVersion").asText());
        assertEquals("vbe-upload:kar-upload", bundleOf("kar-upload").getLocation());
    }

    @Test
    public void anInstallWhoseCommitteeIsRefusedOnceStartedIsRolledBackByItselfNamingTheReason() throws Exception {
        assertEquals(200, upload("refused-district", "", TestBundles.committee("refused-district", "1.0.0")
                .uploadable().jar(), "application/java-archive", "samordnare").statusCode());
        long bundleId = bundleOf("refused-district").getBundleId();
        byte[] nameless = TestBundles.committee("refused-district", "2.0.0").header("VBE-Test-Name", "").uploadable()
                .jar();
        assertEquals("the checks before the start cannot see the name", 200,
                upload("refused-district", "?dryRun=true", nameless, "application/java-archive", "samordnare")
                        .statusCode());

        HttpResponse<String> refused = upload("refused-district", "", nameless, "application/java-archive",
                "samordnare");
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("online", problem.get("check").asText());
        assertTrue(refused.body(), problem.get("detail").asText().contains("the version before it was put back")
                && problem.get("detail").asText().contains("name"));
        JsonNode committee = json(http.get("/api/committees/refused-district"));
        assertTrue(committee.get("online").asBoolean());
        assertEquals("1.0.0", committee.get("bundleVersion").asText());
        assertEquals(bundleId, bundleOf("refused-district").getBundleId());
        assertEquals("1.0.0", bundleOf("refused-district").getVersion().toString());
    }

    @Test
    public void afterTheBundleIsRemovedTheCommitteesPlansAreStillReadable() throws Exception {
        assertEquals(200, upload("removed-district", "", TestBundles.committee("removed-district", "1.0.0")
                .uploadable().jar(), "application/java-archive", "samordnare").statusCode());
        String plan = "{\"coordinatorRole\":\"Samordnare\",\"activities\":[{\"title\":\"Utbildning för personalen\","
                + "\"area\":\"COMPETENCE\",\"responsible\":[\"Enhetschef\"],\"schedule\":{\"start\":\"2026-01\","
                + "\"end\":\"2026-06\"},\"followUpIn\":[\"T1\"]}]}";
        HttpResponse<String> written = http.call("PUT", "/api/committees/removed-district/plans/2026", plan,
                "samordnare", "samordnare");
        assertEquals(written.body(), 201, written.statusCode());

        assertEquals(200, http.call("DELETE", BUNDLE.formatted("removed-district"), null, "samordnare", "samordnare")
                .statusCode());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                !json(http.get("/api/committees/removed-district")).get("online").asBoolean());
        HttpResponse<String> read = http.call("GET", "/api/committees/removed-district/plans/2026", null,
                "samordnare", "samordnare");
        assertEquals(read.body(), 200, read.statusCode());
        assertTrue(read.body(), read.body().contains("Utbildning för personalen"));
    }

    /** The committee is online in the version through several fileinstall polls (200 ms each). */
    private void staysOnlineIn(String committeeId, String version) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
            JsonNode committee = json(http.get("/api/committees/" + committeeId));
            return committee.get("online").asBoolean() && version.equals(committee.get("bundleVersion").asText());
        });
    }

    private void refused(String committeeId, byte[] body, String type, int status, String check, String named)
            throws Exception {
        HttpResponse<String> response = upload(committeeId, "?dryRun=true", body, type, "samordnare");
        assertEquals(response.body(), status, response.statusCode());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.body(), check, problem.get("check").asText());
        assertTrue(response.body(), problem.get("detail").asText().contains(named));
    }

    private HttpResponse<String> upload(String committeeId, String query, byte[] body, String type, String user) {
        String password = user.startsWith("deployer-") ? "deployer" : user;
        return http.send(http.request(BUNDLE.formatted(committeeId) + query)
                .header("Authorization", Http.basic(user, password)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Bundle bundleOf(String committeeId) {
        return Arrays.stream(context.getBundles()).filter(b -> committeeId.equals(b.getHeaders().get("VBE-Committee")))
                .findFirst().orElseThrow();
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withEntry(byte[] jar, String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.readAllBytes());
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The jar with two names of one length swapped in its central directory, its local headers as they were. */
    private static byte[] centralDirectoryNaming(byte[] zip, String first, String second) {
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        int central = text.indexOf("PK\u0001\u0002");
        byte[] swapped = zip.clone();
        System.arraycopy(second.getBytes(StandardCharsets.ISO_8859_1), 0, swapped, text.indexOf(first, central),
                second.length());
        System.arraycopy(first.getBytes(StandardCharsets.ISO_8859_1), 0, swapped, text.indexOf(second, central),
                first.length());
        return swapped;
    }

    private static String names(JsonNode report) {
        StringBuilder names = new StringBuilder();
        report.get("checks").forEach(check -> names.append(names.length() == 0 ? "" : ", ")
                .append(check.get("name").asText()));
        return "[" + names + "]";
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
