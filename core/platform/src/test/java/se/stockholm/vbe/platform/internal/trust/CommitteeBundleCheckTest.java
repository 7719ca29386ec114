package se.stockholm.vbe.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommitteeBundleCheckTest {

    private final CommitteeBundleCheck check = new CommitteeBundleCheck();
    private final TrustPolicy policy = TrustPolicy.of(TestTrustConfigurations.with(Map.of()));

    @Test
    void aBundleWhoseClassesLieInItselfPasses() {
        assertNull(check.refusal(withManifest(""), "alvsjo", policy));
        assertNull(check.refusal(withManifest("Bundle-ClassPath: .\n"), "alvsjo", policy));
    }

    @Test
    void aBundleWithEmbeddedJarsIsRefused() {
        assertEquals("has Bundle-ClassPath: ., lib/rules.jar; a committee bundle's classes must lie in the bundle "
                + "itself (\".\"), where the gate reads them, not in embedded jars or folders",
                check.refusal(withManifest("Bundle-ClassPath: ., lib/rules.jar\n"), "alvsjo", policy));
    }

    @Test
    void aCommitteeBundleThatExportsAPackageIsRefusedByTheGateToo() {
        assertEquals("has Export-Package: se.stockholm.vbe.spi;version=2.9; a committee bundle exports nothing, "
                + "attaches to nothing and imports packages by name only",
                check.refusal(withManifest("Export-Package: se.stockholm.vbe.spi;version=2.9\n"), "alvsjo", policy));
    }

    @Test
    void aCommitteeBundleMayRequireOnlyExtendersServicesAndTheExecutionEnvironment() {
        assertEquals("requires the capability osgi.wiring.bundle; a committee bundle requires only osgi.extender, "
                + "osgi.service and osgi.ee", check.refusal(withManifest(
                        "Require-Capability: osgi.ee;filter:=\"(osgi.ee=JavaSE)\",osgi.wiring.bundle\n"),
                        "alvsjo", policy));
    }

    private static BundleContent withManifest(String headers) {
        String manifest = "Manifest-Version: 1.0\nBundle-SymbolicName: se.stockholm.vbe.committee.alvsjo\n"
                + "VBE-Committee: alvsjo\n" + headers;
        return new BundleContent(Map.of(BundleContent.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8),
                "lib/rules.jar", new byte[] {1, 2, 3}));
    }
}
