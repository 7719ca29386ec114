package se.stockholm.vbe.security.internal;

import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

import se.stockholm.vbe.security.PasswordHash;

/**
 * Lets Karaf's JAAS realm verify and write {@link PasswordHash} hashes: {@code encryption.name = pbkdf2}
 * in {@code etc/org.apache.karaf.jaas.cfg} selects this service. Karaf strips and adds the
 * {@code {CRYPT}} markers itself, and ignores {@code encryption.algorithm}/{@code encoding} here.
 * Until this bundle is up, Karaf's login modules find no such service and refuse every login.
 * {@link EncryptionServiceRegistration} registers it.
 */
public final class Pbkdf2EncryptionService implements EncryptionService {

    static final String NAME = "pbkdf2";

    private static final Encryption PBKDF2 = new Encryption() {
        @Override
        public String encryptPassword(String plain) {
            return PasswordHash.hash(plain);
        }

        @Override
        public boolean checkPassword(String input, String password) {
            return PasswordHash.matches(input, password);
        }
    };

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        return PBKDF2;
    }
}
