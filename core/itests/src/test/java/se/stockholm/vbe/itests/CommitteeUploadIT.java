package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
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

        HttpResponse<String> oversize = http.send(http.request(BUNDLE.formatted("new-district"))
                .expectContinue(true).header("Authorization", Http.basic("samordnare", "samordnare"))
                .header("Content-Type", "application/java-archive")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])));
        assertEquals(oversize.body(), 413, oversize.statusCode());
        assertEquals("size", JSON.readTree(oversize.body()).get("check").asText());
        assertTrue(http.call("GET", "/api/audit?entity=committee-bundle", null, "samordnare", "samordnare").body()
                .contains("refused at ownership"));
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
