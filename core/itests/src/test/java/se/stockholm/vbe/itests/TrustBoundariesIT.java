package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.itests.committee.ExitingRule;
import se.stockholm.vbe.itests.committee.JdkSigning;
import se.stockholm.vbe.itests.committee.TestBundles;
import se.stockholm.vbe.itests.committee.ThreadStarter;

/**
 * The boundaries around committee bundles (issue 9), tried with hostile bundles in the real distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final Duration GATE = Duration.ofSeconds(20);
    private static final String TRUST_PID = "se.stockholm.vbe.trust";

    @Inject
    private ConfigurationAdmin configurations;

    private final List<Bundle> gateBundles = new ArrayList<>();
    private Dictionary<String, Object> trustBefore;

    @After
    public void removeTheGateTestsBundlesAndSettings() throws Exception {
        for (Bundle bundle : gateBundles) {
            bundle.uninstall();
        }
        if (trustBefore != null) {
            configurations.getConfiguration(TRUST_PID, "?").update(trustBefore);
            await("the trust settings restored").atMost(GATE)
                    .until(() -> !http.get("/api/health").body().contains("trust settings changed"));
        }
        interruptLingeringThreads();
    }

    @Test
    public void aRuleThatCallsSystemExitIsRefusedBeforeItRunsAndNamedInHealth() throws Exception {
        TestBundles exiting = TestBundles.rule("exit-district.exit", "exit-district", "exit")
                .header("VBE-Committee", "exit-district")
                .implementation(ExitingRule.class, "se.stockholm.vbe.spi.GrantRule");
        Bundle bundle = install(exiting.jar());

        assertRefusedToStart(bundle);
        assertEquals("never resolved, so none of its code ran", Bundle.INSTALLED, bundle.getState());
        String problem = gateProblem(exiting.symbolicName());
        assertTrue(problem, problem.contains("refused by the trust gate"));
        assertTrue(problem, problem.contains(ExitingRule.class.getName() + ".evaluate calls java.lang.System.exit"));
        assertEquals("the platform still answers", 200, http.get("/api/committees").statusCode());
    }

    @Test
    public void aBundleThatStartsThreadsIsRefusedAndNamedInHealth() throws Exception {
        TestBundles starter = threadStarter();
        Bundle bundle = install(starter.jar());

        assertRefusedToStart(bundle);
        assertEquals(Bundle.INSTALLED, bundle.getState());
        String problem = gateProblem(starter.symbolicName());
        assertTrue(problem, problem.contains(ThreadStarter.class.getName() + ".activate calls java.lang.Thread.start"));
        assertFalse("the thread was never started", lingeringThread().isPresent());
    }

    @Test
    public void withATrustStoreOnlyBundlesSignedByTheirCommitteesCertificateResolve() throws Exception {
        Path keys = Files.createTempDirectory(Path.of(System.getProperty("karaf.base"), "data"), "signing");
        JdkSigning signing = new JdkSigning(keys);
        Path districtKey = signing.keyPair("signed-district-it");
        Path strangerKey = signing.keyPair("okand-utvecklare");
        Path trustStore = signing.trust(keys.resolve("vbe-trust.p12"), "signed-district-it", districtKey);
        configureTrust(Map.of("requireSignature", "true", "keystore", trustStore.toString(),
                "keystorePassword", JdkSigning.PASSWORD, "committeeAliases", "signed-district=signed-district-it"));
        await("the unsigned sample committees named under the new settings").atMost(GATE)
                .until(() -> http.get("/api/health").body().contains("trust settings changed"));

        TestBundles signed = TestBundles.committee("signed-district", "1.0.0");
        TestBundles wronglySigned = TestBundles.committee("wrongly-signed", "1.0.0");
        TestBundles unsigned = TestBundles.committee("unsigned-district", "1.0.0");
        install(signing.sign(signed.jar(), districtKey)).start();
        Bundle wrong = install(signing.sign(wronglySigned.jar(), strangerKey));
        Bundle none = install(unsigned.jar());

        await("the signed committee online").atMost(GATE).ignoreExceptions().until(() -> JSON.readTree(
                http.get("/api/committees/signed-district").body()).get("online").asBoolean());
        assertRefusedToStart(wrong);
        assertRefusedToStart(none);
        String wrongProblem = gateProblem(wronglySigned.symbolicName());
        assertTrue(wrongProblem, wrongProblem.contains("is signed by CN=okand-utvecklare")
                && wrongProblem.contains("not trusted for committee wrongly-signed"));
        assertTrue(gateProblem(unsigned.symbolicName()).contains("it is not signed"));
        String samples = gateProblem("se.stockholm.vbe.committee.alvsjo");
        assertTrue("a sample committee keeps running, named until refreshed: " + samples,
                samples.startsWith("resolved before the trust settings changed") && samples.contains("is not signed"));
    }

    @Test
    public void threadsAStoppedBundleLeftRunningAreNamedInHealth() throws Exception {
        configureTrust(Map.of("bytecodeCheck", "false", "threadGraceSeconds", "1"));
        TestBundles starter = threadStarter();
        Bundle bundle = install(starter.jar());
        await("started once the bytecode check is off").atMost(GATE).until(() -> started(bundle));
        await("its thread started").atMost(GATE).until(() -> lingeringThread().isPresent());

        bundle.stop();
        String problem = gateProblem(starter.symbolicName());
        assertTrue(problem, problem.contains("1 thread still runs its code after it stopped: \""
                + ThreadStarter.THREAD + "\""));

        interruptLingeringThreads();
        await("the report gone with the thread").atMost(GATE)
                .until(() -> !http.get("/api/health").body().contains(ThreadStarter.THREAD));
    }

    private TestBundles threadStarter() {
        return TestBundles.committee("thread-district", "1.0.0").header("Bundle-SymbolicName",
                "se.stockholm.vbe.test.threads").implementation(ThreadStarter.class, "java.lang.Runnable");
    }

    private static void assertRefusedToStart(Bundle bundle) {
        try {
            bundle.start();
            fail(bundle.getSymbolicName() + " started");
        } catch (BundleException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("Resolver hook prevented resolution"));
        }
    }

    private static boolean started(Bundle bundle) {
        try {
            bundle.start();
            return true;
        } catch (BundleException stillRefused) {
            return false;
        }
    }

    private Bundle install(byte[] jar) throws BundleException {
        Bundle bundle = context.installBundle("trust-test:" + gateBundles.size() + ":" + System.nanoTime(),
                new ByteArrayInputStream(jar));
        gateBundles.add(bundle);
        return bundle;
    }

    /** The one health problem of the bundle (any version), once health names it. */
    private String gateProblem(String symbolicName) {
        return await(symbolicName + " in health").atMost(GATE).until(() -> {
            for (JsonNode problem : JSON.readTree(http.get("/api/health").body()).get("problems")) {
                if (problem.get("source").asText().startsWith(symbolicName + " ")) {
                    return problem.get("message").asText();
                }
            }
            return null;
        }, message -> message != null);
    }

    private void configureTrust(Map<String, String> values) throws Exception {
        Configuration trust = configurations.getConfiguration(TRUST_PID, "?");
        Dictionary<String, Object> current = trust.getProperties();
        trustBefore = current == null ? new Hashtable<>() : copy(current);
        Dictionary<String, Object> changed = copy(trustBefore);
        values.forEach(changed::put);
        trust.update(changed);
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    private static Optional<Thread> lingeringThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(ThreadStarter.THREAD)).findFirst();
    }

    private static void interruptLingeringThreads() {
        lingeringThread().ifPresent(Thread::interrupt);
        await("the lingering thread ended").atMost(GATE).until(() -> lingeringThread().isEmpty());
    }
}
