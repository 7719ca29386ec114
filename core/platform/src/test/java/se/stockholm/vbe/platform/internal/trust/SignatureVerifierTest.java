package se.stockholm.vbe.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureVerifierTest {

    @TempDir
    static Path directory;

    private static Path alvsjoKey;
    private static Path cityKey;
    private static Path strangerKey;
    private static TrustedSigners trusted;
    private static byte[] unsigned;

    private final SignatureVerifier verifier = new SignatureVerifier();

    @BeforeAll
    static void keys() throws Exception {
        JdkSigning signing = new JdkSigning(directory);
        alvsjoKey = signing.keyPair("alvsjo-it");
        cityKey = signing.keyPair("stadsledningskontoret");
        strangerKey = signing.keyPair("okand");
        Path trustStore = signing.trustStore(Map.of("alvsjo-it", alvsjoKey, "stad", cityKey));
        trusted = TrustedSigners.load(TestTrustConfigurations.with(Map.of("keystore", trustStore.toString(),
                "keystorePassword", JdkSigning.PASSWORD, "committeeAliases", "alvsjo=alvsjo-it",
                "cityWideAliases", "stad")));
        unsigned = JdkSigning.jar("alvsjo", Map.of(
                "se/stockholm/alvsjo/Rule.class", "not really a class".getBytes(StandardCharsets.UTF_8),
                "OSGI-INF/rule.xml", "<component/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBundleSignedByItsCommitteesCertificateIsAccepted() throws Exception {
        assertEquals(Optional.empty(), verify(sign(unsigned, alvsjoKey), "alvsjo"));
    }

    @Test
    void aCityWideCertificateIsTrustedForEveryCommittee() throws Exception {
        assertEquals(Optional.empty(), verify(sign(unsigned, cityKey), "alvsjo"));
        assertEquals(Optional.empty(), verify(sign(unsigned, cityKey), "rinkeby-kista"));
    }

    @Test
    void aCommitteesCertificateIsNotTrustedForAnotherCommittee() throws Exception {
        String refusal = verify(sign(unsigned, alvsjoKey), "rinkeby-kista").orElseThrow();
        assertTrue(refusal.contains("CN=alvsjo-it") && refusal.contains("not trusted for committee rinkeby-kista"),
                refusal);
    }

    @Test
    void aBundleSignedByAnUnknownKeyIsRefusedAndItsSignerNamed() throws Exception {
        String refusal = verify(sign(unsigned, strangerKey), "alvsjo").orElseThrow();
        assertTrue(refusal.startsWith("is signed by CN=okand"), refusal);
    }

    @Test
    void anUnsignedBundleIsRefused() throws Exception {
        String refusal = verify(unsigned, "alvsjo").orElseThrow();
        assertTrue(refusal.startsWith("is not signed"), refusal);
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(JdkSigning.content(sign(unsigned, alvsjoKey)).entries());
        entries.put("se/stockholm/alvsjo/Extra.class", new byte[] {1, 2, 3});
        String refusal = verifier.verify(new BundleContent(entries), "alvsjo", trusted).orElseThrow();
        assertTrue(refusal.contains("se/stockholm/alvsjo/Extra.class has no signature"), refusal);
    }

    @Test
    void anEntryChangedAfterSigningIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(JdkSigning.content(sign(unsigned, alvsjoKey)).entries());
        entries.put("OSGI-INF/rule.xml", "<component evil='true'/>".getBytes(StandardCharsets.UTF_8));
        String refusal = verifier.verify(new BundleContent(entries), "alvsjo", trusted).orElseThrow();
        assertTrue(refusal.startsWith("has an entry that was changed after it was signed"), refusal);
    }

    private Optional<String> verify(byte[] jar, String committeeId) throws Exception {
        return verifier.verify(JdkSigning.content(jar), committeeId, trusted);
    }

    private static byte[] sign(byte[] jar, Path key) throws Exception {
        return new JdkSigning(directory).sign(jar, key);
    }
}
