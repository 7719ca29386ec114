package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * Committee bundles coming and going in the running distribution, the ways a Karaf operator deploys
 * them: a file in deploy/, a KAR in deploy/, and the shell. Faulty ones are reported and harm nobody.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommitteeBundlesIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);

    @Inject
    private ConfigurationAdmin configurations;

    private Path deploy;
    private final List<String> platformStops = new CopyOnWriteArrayList<>();
    private final BundleListener platformWatcher = event -> {
        String name = event.getBundle().getSymbolicName();
        if (event.getType() == BundleEvent.STOPPING && name.startsWith("se.stockholm.vbe.")
                && !name.startsWith("se.stockholm.vbe.test.")) {
            platformStops.add(name);
        }
    };

    @Before
    public void watch() {
        deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        context.addBundleListener(platformWatcher);
    }

    @After
    public void theOtherBundlesWereNeverStopped() {
        context.removeBundleListener(platformWatcher);
        assertEquals("platform and sample committee bundles stopped", List.of(), platformStops);
    }

    @Test
    public void aBundleDroppedIntoDeployGoesOnlineIsUpdatedAndGoesOfflineKeepingItsPlans() throws Exception {
        Path file = deploy.resolve("test-district.jar");
        drop(file, TestBundles.committee("test-district", "1.0.0").jar());
        awaitOnline("test-district", true);
        assertEquals("[\"mall-a\",\"mall-b\"]", ids(json(http.get("/api/committees/test-district/catalogue"))));
        HttpResponse<String> plan = http.call("PUT", "/api/committees/test-district/plans/2050", PlansIT.plan(2),
                "samordnare", "samordnare");
        assertEquals(plan.body(), 201, plan.statusCode());

        drop(file, TestBundles.committee("test-district", "1.1.0").templates("mall-a,mall-b,mall-c").jar());
        await().atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(http.get("/api/committees/test-district/catalogue")).size() == 3);
        assertEquals("1.1.0", json(http.get("/api/committees/test-district")).get("bundleVersion").asText());
        assertEquals(2, json(http.call("GET", "/api/committees/test-district/plans/2050", null, "samordnare",
                "samordnare")).get("activities").size());

        Files.delete(file);
        awaitOnline("test-district", false);
        assertEquals(200, http.call("GET", "/api/committees/test-district/plans/2050", null, "samordnare",
                "samordnare").statusCode());
        assertEquals("[]", http.get("/api/committees/test-district/catalogue").body());
    }

    @Test
    public void faultyBundlesAreReportedInHealthAndTheOtherCommitteesKeepWorking() throws Exception {
        List<TestBundles> faulty = List.of(
                TestBundles.committee("broken-imports", "1.0.0").header("Import-Package",
                        "no.such.dependency,se.stockholm.vbe.spi;version=\"[2.0,3)\""),
                TestBundles.committee("fails-activation", "1.0.0").header("VBE-Test-Fail", "activate"),
                TestBundles.committee("fails-catalogue", "1.0.0").header("VBE-Test-Fail", "catalogue"),
                TestBundles.committee("rinkeby-kista", "9.0.0"),
                TestBundles.committee("Not Valid!", "1.0.0"),
                TestBundles.committee("no-name", "1.0.0").header("VBE-Test-Name", null));
        for (TestBundles bundle : faulty) {
            drop(deploy.resolve(bundle.symbolicName() + ".jar"), bundle.jar());
        }

        List<String> reasons = List.of("se.stockholm.vbe.test.broken.imports 1.0.0\",\"message\":\"declares committee "
                + "broken-imports but does not resolve", "its component failed to activate",
                "this test committee fails from its catalogue",
                "committee id rinkeby-kista belongs to bundle se.stockholm.vbe.committee.rinkeby-kista", "id must be 2-64 lower-case letters",
                "name is required");
        await("every faulty bundle reported with its reason").atMost(DEPLOYED)
                .until(() -> reasons.stream().allMatch(http.get("/api/health").body()::contains));
        JsonNode health = json(http.get("/api/health"));
        assertEquals(health.toString(), "DEGRADED", health.get("status").asText());
        assertEquals(health.toString(), faulty.size(), health.get("problems").size());
        assertEquals(200, http.get("/api/health").statusCode());
        JsonNode rinkeby = json(http.get("/api/committees/rinkeby-kista"));
        assertTrue(rinkeby.get("online").asBoolean());
        assertEquals("se.stockholm.vbe.committee.rinkeby-kista", rinkeby.get("bundle").asText());
        assertEquals(200, http.get("/api/plans/2019").statusCode());

        for (TestBundles bundle : faulty) {
            Files.delete(deploy.resolve(bundle.symbolicName() + ".jar"));
        }
        await().atMost(DEPLOYED).until(() -> http.get("/api/health").body().startsWith("{\"status\":\"UP\""));
    }

    @Test
    public void aSecondVersionOfTheOwnersBundleTakesOverWhenTheFirstLeaves() throws Exception {
        Path first = deploy.resolve("versions-first.jar");
        Path second = deploy.resolve("versions-second.jar");
        drop(first, TestBundles.committee("two-versions", "1.0.0").jar());
        awaitOnline("two-versions", true);
        drop(second, TestBundles.committee("two-versions", "2.0.0").templates("mall-x").jar());
        await().atMost(DEPLOYED).until(() -> http.get("/api/health").body().contains("already held by "
                + "se.stockholm.vbe.test.two.versions 1.0.0"));

        Files.delete(first);

        await("the second version holds the id").atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(http.get("/api/committees/two-versions")).get("bundleVersion").asText().equals("2.0.0"));
        assertTrue(json(http.get("/api/committees/two-versions")).get("online").asBoolean());
        assertEquals("[\"mall-x\"]", ids(json(http.get("/api/committees/two-versions/catalogue"))));
        assertFalse(http.get("/api/health").body().contains("already held"));
        Files.delete(second);
        awaitOnline("two-versions", false);
    }

    @Test
    public void aKarDroppedIntoDeployInstallsTheCommitteesFeature() throws Exception {
        Path kar = deploy.resolve("kar-district.kar");
        drop(kar, TestBundles.committee("kar-district", "1.0.0").kar("vbe-committee-kar-district"));
        awaitOnline("kar-district", true);

        Files.delete(kar);
        awaitOnline("kar-district", false);
    }

    @Test
    public void theShellInstallsCommitteesAsBundlesAndAsFeatures() throws Exception {
        Path data = Path.of(System.getProperty("karaf.data"));
        Path jar = Files.write(data.resolve("shell-district.jar"), TestBundles.committee("shell-district", "1.0.0").jar());
        execute("bundle:install -s " + jar.toUri());
        awaitOnline("shell-district", true);
        execute("bundle:uninstall se.stockholm.vbe.test.shell.district");
        awaitOnline("shell-district", false);

        Path featureJar = Files.write(data.resolve("feature-district.jar"),
                TestBundles.committee("feature-district", "1.0.0").jar());
        Path features = Files.writeString(data.resolve("feature-district.xml"), """
                <features name="feature-district" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="vbe-committee-feature-district" version="1.0.0">
                    <bundle>%s</bundle>
                  </feature>
                </features>
                """.formatted(featureJar.toUri()));
        execute("feature:repo-add " + features.toUri());
        execute("feature:install --no-auto-refresh vbe-committee-feature-district");
        awaitOnline("feature-district", true);
        execute("feature:uninstall vbe-committee-feature-district");
        awaitOnline("feature-district", false);
    }

    private static String descriptor(String committeeId, String schedule) {
        return """
                {"id": "%s", "name": "Beskriven stadsdelsnämnd", "kind": "DISTRICT",
                 "catalogue": [{"id": "trygghetsvandring", "title": "Trygghetsvandring", "area": "PREVENTIVE",
                   "responsible": ["Samordnaren"], "partners": [], "schedule": %s, "followUpIn": ["ANNUAL_REPORT"]}],
                 "shippedPlans": [{"year": 2051, "status": "APPROVED", "document": "VBE-INF/plans/2051.json"}]}
                """.formatted(committeeId, schedule);
    }

    @Test
    public void aCommitteeDescribedByDataAloneGoesOnlineOfflineAndOnlineAgainKeepingItsPlans() throws Exception {
        Path file = deploy.resolve("described-district.jar");
        TestBundles described = TestBundles.committee("described-district", "1.0.0")
                .describedBy(descriptor("described-district", "{\"kind\": \"MONTHS\", \"from\": 6, \"to\": 5}"))
                .resource("VBE-INF/plans/2051.json", PlansIT.plan(2));
        drop(file, described.jar());
        awaitOnline("described-district", true);
        JsonNode catalogue = json(http.get("/api/committees/described-district/catalogue"));
        assertEquals("[\"trygghetsvandring\"]", ids(catalogue));
        assertEquals("{\"kind\":\"MONTHS\",\"from\":6,\"to\":5}", catalogue.get(0).get("schedule").toString());
        await("the shipped plan imported").atMost(DEPLOYED).until(() -> http.call("GET",
                "/api/committees/described-district/plans/2051", null, "samordnare", "samordnare").statusCode() == 200);
        Bundle bundle = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals(described.symbolicName())).findFirst().orElseThrow();
        assertEquals("a descriptor-only bundle has no class", null, bundle.findEntries("/", "*.class", true));

        bundle.stop();
        awaitOnline("described-district", false);
        assertEquals(200, http.call("GET", "/api/committees/described-district/plans/2051", null, "samordnare",
                "samordnare").statusCode());
        assertEquals("[]", http.get("/api/committees/described-district/catalogue").body());

        bundle.start();
        awaitOnline("described-district", true);
        assertEquals("[\"trygghetsvandring\"]", ids(json(http.get("/api/committees/described-district/catalogue"))));
        Files.delete(file);
        awaitOnline("described-district", false);
    }

    @Test
    public void aFaultyDescriptorIsRefusedNamingTheFieldAndHarmsNobody() throws Exception {
        List<TestBundles> faulty = List.of(
                TestBundles.committee("bad-month", "1.0.0")
                        .describedBy(descriptor("bad-month", "{\"kind\": \"MONTHS\", \"from\": 6, \"to\": 13}")),
                TestBundles.committee("other-header", "1.0.0")
                        .describedBy(descriptor("other-descriptor", "{\"kind\": \"ONGOING\"}"))
                        .resource("VBE-INF/plans/2051.json", PlansIT.plan(2)),
                TestBundles.committee("two-sources", "1.0.0")
                        .resource("VBE-INF/committee.json", descriptor("two-sources", "{\"kind\": \"ONGOING\"}"))
                        .resource("VBE-INF/plans/2051.json", PlansIT.plan(2)));
        for (TestBundles bundle : faulty) {
            drop(deploy.resolve(bundle.symbolicName() + ".jar"), bundle.jar());
        }

        List<String> reasons = List.of(
                "VBE-INF/committee.json is refused: catalogue[0].schedule: to must be a month from 1 to 12 (was 13)",
                "VBE-INF/committee.json is refused: id: the descriptor describes committee other-descriptor, but the "
                        + "bundle declares committee other-header",
                "has a committee descriptor (VBE-INF/committee.json) and registers a Committee service of its own");
        await("every faulty descriptor reported with its reason").atMost(DEPLOYED)
                .until(() -> reasons.stream().allMatch(http.get("/api/health").body()::contains));
        JsonNode health = json(http.get("/api/health"));
        assertEquals(health.toString(), faulty.size(), health.get("problems").size());
        assertTrue("the descriptor of a bundle with both is used",
                json(http.get("/api/committees/two-sources")).get("online").asBoolean());
        assertEquals("[\"trygghetsvandring\"]", ids(json(http.get("/api/committees/two-sources/catalogue"))));
        assertTrue(json(http.get("/api/committees/rinkeby-kista")).get("online").asBoolean());

        for (TestBundles bundle : faulty) {
            Files.delete(deploy.resolve(bundle.symbolicName() + ".jar"));
        }
        await().atMost(DEPLOYED).until(() -> http.get("/api/health").body().startsWith("{\"status\":\"UP\""));
    }

    @Test
    public void moreBundlesThanTheFileWatcherKeepsEventsForDroppedAtOnceAllGoOnlineAndOffline() throws Exception {
        // The JDK's WatchService keeps 512 events per directory between two polls: fileinstall's poll must
        // not depend on it (it ignored the overflow, and none of 1,000 bundles dropped at once was installed).
        int count = 520;
        Path staging = Files.createDirectories(deploy.getParent().resolve("data").resolve("tmp").resolve("many"));
        List<Path> dropped = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("many-%03d", i);
            Files.write(staging.resolve(id + ".jar"), TestBundles.committee(id, "1.0.0").jar());
            dropped.add(deploy.resolve(id + ".jar"));
        }
        for (Path target : dropped) {
            Files.move(staging.resolve(target.getFileName()), target, StandardCopyOption.ATOMIC_MOVE);
        }
        Duration patience = Duration.ofMinutes(3);
        await("all " + count + " online").atMost(patience).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> online("many-") == count);

        for (Path target : dropped) {
            Files.delete(target);
        }
        await("all " + count + " offline").atMost(patience).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> online("many-") == 0);
    }

    /** How many committees whose id starts with {@code prefix} are online. */
    private int online(String prefix) throws Exception {
        int online = 0;
        for (JsonNode committee : json(http.get("/api/committees"))) {
            if (committee.get("id").asText().startsWith(prefix) && committee.get("online").asBoolean()) {
                online++;
            }
        }
        return online;
    }

    private void awaitOnline(String committeeId, boolean online) {
        await(committeeId + (online ? " online" : " offline")).atMost(DEPLOYED).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> json(http.get("/api/committees/" + committeeId))
                        .get("online").asBoolean() == online);
    }

    private static void drop(Path target, byte[] content) throws Exception {
        KarafShell.drop(target, content);
    }

    private String execute(String command) throws Exception {
        return KarafShell.execute(configurations, command);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String ids(JsonNode templates) throws Exception {
        return JSON.writeValueAsString(templates.findValuesAsText("id"));
    }
}
