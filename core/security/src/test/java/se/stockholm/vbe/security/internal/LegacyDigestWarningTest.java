package se.stockholm.vbe.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.security.PasswordHash;

class LegacyDigestWarningTest {

    private static final String LEGACY = "{CRYPT}bc66cfa8f6c280ee7b2ebfbb4a9804063fbacbc04e7baf2050d899263731fea4a5c95e8ad"
            + "7116e789ac7ebfd5600b443c5e2be29b3a4382dd2757c58716b910a{CRYPT}";

    @TempDir
    Path etc;

    @Test
    void usersWithAnUnsaltedSha512DigestAreNamedAndOthersNot() throws Exception {
        Path users = Files.writeString(etc.resolve("users.properties"), "samordnare = " + LEGACY + ",coordinator\n"
                + "lasare = " + PasswordHash.MARKER + PasswordHash.hash("lasare") + PasswordHash.MARKER + ",reader\n"
                + "editor-alvsjo = " + LEGACY + "\n"
                + "karaf = karaf,_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin\n");
        assertEquals(List.of("editor-alvsjo", "samordnare"), LegacyDigestWarning.usersWithLegacyDigests(users));
    }

    @Test
    void aMissingFileNamesNobodyAndDoesNotFail() {
        assertEquals(List.of(), LegacyDigestWarning.usersWithLegacyDigests(etc.resolve("users.properties")));
        new LegacyDigestWarning(etc.resolve("users.properties"));
    }
}
