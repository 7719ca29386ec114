package se.stockholm.vbe.security;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes in the form
 * {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}, from the JDK alone. Every hash gets
 * its own random salt, so two users with the same password have different hashes. Verifying costs as
 * much as hashing (tens of milliseconds at the default work factor) on purpose: that is what makes
 * guessing from a stolen {@code users.properties} slow. Thread-safe and stateless.
 * <p>
 * An installation upgraded with its old {@code users.properties} still holds Karaf's former default, an
 * unsalted SHA-512 digest in hex: {@link #matches} accepts it so that the upgrade locks nobody out, but
 * nothing here ever writes one, and {@link #isLegacyDigest} lets the platform warn until it is replaced.
 */
public final class PasswordHash {

    /** Iterations for new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 210_000;

    /** How Karaf's JAAS marks an encrypted password in {@code users.properties}. */
    public static final String MARKER = "{CRYPT}";

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** A stored hash may not ask for more work than this: a typo must not make every login take minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hex digits of a SHA-512 digest: 64 bytes. */
    private static final int LEGACY_HEX_DIGITS = 128;

    private PasswordHash() {
    }

    /** A new hash of {@code password} with a fresh random salt. */
    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + '$' + ITERATIONS + '$' + base64.encodeToString(salt) + '$'
                + base64.encodeToString(derive(password, salt, ITERATIONS, HASH_BYTES));
    }

    /**
     * Whether {@code password} is the one behind {@code encoded}: a hash made by {@link #hash}, or a
     * {@linkplain #isLegacyDigest legacy digest}; false for anything else, never an exception. Compares in
     * constant time.
     */
    public static boolean matches(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        if (isLegacyDigest(encoded)) {
            return MessageDigest.isEqual(HexFormat.of().parseHex(encoded.strip()), sha512(password));
        }
        String[] parts = encoded.strip().split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code encoded} has the form of a hash made here (it says nothing about the password). */
    public static boolean isHash(String encoded) {
        return encoded != null && encoded.startsWith(SCHEME + '$');
    }

    /**
     * Whether {@code encoded} is an unsalted SHA-512 digest in hex, Karaf's default before this platform's
     * hashes: still accepted by {@link #matches}, but quick to guess from a stolen file, so to be replaced.
     */
    public static boolean isLegacyDigest(String encoded) {
        if (encoded == null) {
            return false;
        }
        String digits = encoded.strip();
        return digits.length() == LEGACY_HEX_DIGITS && digits.chars().allMatch(HexFormat::isHexDigit);
    }

    private static byte[] sha512(String password) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 is missing from the JDK", e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from the JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * For operators without a running platform: reads a password (twice, without echo, from the console;
     * or one line from standard input) and prints the {@code {CRYPT}…{CRYPT}} value for
     * {@code etc/users.properties}.
     */
    public static void main(String[] args) throws java.io.IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("The passwords differ; nothing written.");
                System.exit(1);
            }
            password = new String(first);
        } else {
            byte[] line = System.in.readAllBytes();
            password = new String(line, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
        if (password.isEmpty()) {
            System.err.println("An empty password is not allowed.");
            System.exit(1);
        }
        System.out.println(MARKER + hash(password) + MARKER);
    }
}
