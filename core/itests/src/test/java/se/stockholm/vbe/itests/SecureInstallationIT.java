package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The unpacked distribution as an operator secures it, started with bin/start.
 */
class SecureInstallationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLE_COMMITTEES = List.of("alvsjo", "hasselby-vallingby", "idrottsnamnden",
            "rinkeby-kista");

    private KarafInstallation karaf;

    @AfterEach
    void stopWhatIsRunning() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    /**
     * The sample committees are unsigned and resolve before the platform, on the first boot and on a restart;
     * with signatures required none of their classes may load.
     */
    @Test
    void withSignaturesRequiredUnsignedCommitteesNeverComeOnlineNotEvenAfterARestart() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/trust-gate"));
        karaf.setProperty("etc/se.stockholm.vbe.trust.cfg", "requireSignature", "true");

        karaf.start();
        assertTheSampleCommitteesAreRefused();
        karaf.stop();
        karaf.start();
        assertTheSampleCommitteesAreRefused();
    }

    private void assertTheSampleCommitteesAreRefused() throws Exception {
        JsonNode health = JSON.readTree(karaf.http().get("/api/health").body());
        assertEquals("DEGRADED", health.get("status").asText(), health.toString());
        for (String committee : SAMPLE_COMMITTEES) {
            String source = "se.stockholm.vbe.committee." + committee + " ";
            List<String> messages = problems(health, source);
            assertEquals(1, messages.size(), "one problem for " + committee + ": " + messages);
            assertTrue(messages.get(0).contains("no class of it can be loaded, since it cannot be checked: signatures "
                    + "are required"), messages.get(0));
        }
        assertFalse(karaf.http().get("/api/committees").body().contains("\"online\":true"));
    }

    private static List<String> problems(JsonNode health, String sourcePrefix) {
        List<String> messages = new ArrayList<>();
        health.get("problems").forEach(problem -> {
            if (problem.get("source").asText().startsWith(sourcePrefix)) {
                messages.add(problem.get("message").asText());
            }
        });
        return messages;
    }
}
