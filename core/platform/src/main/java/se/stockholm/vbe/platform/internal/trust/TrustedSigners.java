package se.stockholm.vbe.platform.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which signing certificates are trusted for which committee, read from the configured key store. Only the
 * signer's own certificate counts, never a certificate authority above it: jarsigner's chain in a bundle is
 * not validated, so trusting an issuer would trust whatever chain a bundle claims.
 */
record TrustedSigners(Map<String, Set<Certificate>> perCommittee, Set<Certificate> cityWide) {

    static final TrustedSigners NONE = new TrustedSigners(Map.of(), Set.of());

    boolean trusts(String committeeId, Certificate signer) {
        return cityWide.contains(signer) || perCommittee.getOrDefault(committeeId, Set.of()).contains(signer);
    }

    boolean isEmpty() {
        return cityWide.isEmpty() && perCommittee.isEmpty();
    }

    /** Reads the key store and the aliases of the configuration; a missing file or alias is an error. */
    static TrustedSigners load(TrustConfiguration config) {
        if (config.keystore().isBlank()) {
            return NONE;
        }
        KeyStore store = read(Path.of(config.keystore()), config.keystoreType(), config.keystorePassword());
        Map<String, Set<Certificate>> perCommittee = new HashMap<>();
        for (String pair : list(config.committeeAliases())) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("committeeAliases: '" + pair + "' is not committee=alias");
            }
            perCommittee.computeIfAbsent(pair.substring(0, equals).trim(), k -> new HashSet<>())
                    .add(certificate(store, pair.substring(equals + 1).trim()));
        }
        Set<Certificate> cityWide = new HashSet<>();
        for (String alias : list(config.cityWideAliases())) {
            cityWide.add(certificate(store, alias));
        }
        return new TrustedSigners(Map.copyOf(perCommittee), Set.copyOf(cityWide));
    }

    private static KeyStore read(Path file, String type, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key store " + file + ": " + e.getMessage(), e);
        }
    }

    private static Certificate certificate(KeyStore store, String alias) {
        try {
            Certificate certificate = store.getCertificate(alias);
            if (certificate == null) {
                throw new IllegalArgumentException("the key store has no certificate with the alias " + alias);
            }
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the alias " + alias + ": " + e.getMessage(), e);
        }
    }

    private static String[] list(String commaSeparated) {
        return commaSeparated.isBlank() ? new String[0] : commaSeparated.trim().split("\\s*,\\s*");
    }
}
