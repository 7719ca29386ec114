package se.stockholm.vbe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesItsHash() {
        String hash = PasswordHash.hash("samordnare");
        assertTrue(PasswordHash.matches("samordnare", hash));
        assertTrue(PasswordHash.isHash(hash));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = PasswordHash.hash("editor");
        assertFalse(PasswordHash.matches("Editor", hash));
        assertFalse(PasswordHash.matches("", hash));
        assertFalse(PasswordHash.matches(null, hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String first = PasswordHash.hash("editor");
        String second = PasswordHash.hash("editor");
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "each hash has its own salt");
    }

    @Test
    void aHashNamesItsSchemeAndWorkFactorAndHasNoCharactersUsersPropertiesWouldSplit() {
        String[] parts = PasswordHash.hash("lasare").split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHash.ITERATIONS), parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(String.join("", parts).matches(".*[,=\\s].*"));
    }

    @Test
    void aHashWithOtherIterationsIsVerifiedWithThose() {
        String hash = PasswordHash.hash("karaf");
        String[] parts = hash.split("\\$");
        String fewer = String.join("$", parts[0], "1000", parts[2], parts[3]);
        assertFalse(PasswordHash.matches("karaf", fewer), "the iteration count is part of what is checked");
    }

    @Test
    void aLegacySha512DigestFromAnUpgradedInstallationStillMatchesItsPassword() {
        String sha512 = SAMORDNARE_SHA512;
        assertTrue(PasswordHash.matches("samordnare", sha512));
        assertTrue(PasswordHash.matches("samordnare", sha512.toUpperCase(java.util.Locale.ROOT)), "hex in any case");
        assertFalse(PasswordHash.matches("Samordnare", sha512));
        assertFalse(PasswordHash.matches("", sha512));
        assertTrue(PasswordHash.isLegacyDigest(sha512));
        assertFalse(PasswordHash.isHash(sha512), "it is not one of ours");
    }

    @Test
    void newHashesAreNeverLegacyDigests() {
        assertFalse(PasswordHash.isLegacyDigest(PasswordHash.hash("samordnare")));
    }

    @Test
    void anythingThatIsNotSuchAHashNeverMatchesAndNeverThrows() {
        assertFalse(PasswordHash.matches("samordnare", SAMORDNARE_SHA512.substring(2)), "a digest too short");
        assertFalse(PasswordHash.matches("samordnare", "zz" + SAMORDNARE_SHA512.substring(2)), "no hex");
        assertFalse(PasswordHash.matches("samordnare", "１" + SAMORDNARE_SHA512.substring(1)), "no ASCII hex");
        assertFalse(PasswordHash.matches("samordnare", "samordnare"));
        assertFalse(PasswordHash.matches("x", "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(PasswordHash.matches("x", "pbkdf2-sha256$2000000000$AAAA$AAAA"));
        assertFalse(PasswordHash.matches("x", "pbkdf2-sha256$1000$!!$AAAA"));
        assertFalse(PasswordHash.matches("x", "pbkdf2-sha256$1000$$"));
        assertFalse(PasswordHash.matches("x", null));
    }

    /** {@code echo -n samordnare | sha512sum}, as Karaf's former default stored it. */
    static final String SAMORDNARE_SHA512 = "bc66cfa8f6c280ee7b2ebfbb4a9804063fbacbc04e7baf2050d899263731fea4a5c95e8ad7116e7"
            + "89ac7ebfd5600b443c5e2be29b3a4382dd2757c58716b910a";
}
