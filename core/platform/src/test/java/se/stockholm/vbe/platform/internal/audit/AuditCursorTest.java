package se.stockholm.vbe.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.InvalidInputException;

class AuditCursorTest {

    private static final String FILTERS = "alvsjo|null|null|null|null";

    @Test
    void aCursorGivesBackTheIdItWasMadeFor() {
        String cursor = AuditCursor.encode(123_456L, FILTERS);

        assertEquals(123_456L, AuditCursor.decode(cursor, FILTERS));
        assertTrue(cursor.matches("[A-Za-z0-9_-]{22}"), "base64url without padding: " + cursor);
    }

    @Test
    void aCursorWithAnotherIdWrittenIntoItIsRefusedNamingTheCursor() {
        byte[] bytes = Base64.getUrlDecoder().decode(AuditCursor.encode(500L, FILTERS));
        ByteBuffer.wrap(bytes).putLong(0, 9_000L);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AuditCursor.decode(tampered, FILTERS));
        assertEquals("cursor", refused.field());
    }

    @Test
    void aCursorReusedWithOtherFiltersIsRefused() {
        String cursor = AuditCursor.encode(500L, FILTERS);

        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> AuditCursor.decode(cursor, "rinkeby-kista|null|null|null|null")).field());
    }

    @Test
    void garbageCutAndEmptyCursorsAreRefused() {
        String cursor = AuditCursor.encode(500L, FILTERS);
        for (String bad : new String[] {"", "not a cursor!", cursor.substring(0, 10), cursor + "AA",
                Base64.getUrlEncoder().encodeToString(new byte[16])}) {
            assertEquals("cursor", assertThrows(InvalidInputException.class,
                    () -> AuditCursor.decode(bad, FILTERS), bad).field());
        }
    }
}
