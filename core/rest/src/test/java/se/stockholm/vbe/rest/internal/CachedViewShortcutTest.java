package se.stockholm.vbe.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CachedViewShortcutTest {

    private static final String TAG = "\"bd14060166674dc3\"";

    @Test
    void anIfNoneMatchHeaderMatchesItsTagWeakOrStrongInAListOrAsAStar() {
        assertTrue(CachedViewShortcut.matches(TAG, TAG));
        assertTrue(CachedViewShortcut.matches("W/" + TAG, TAG));
        assertTrue(CachedViewShortcut.matches("\"other\", " + TAG, TAG));
        assertTrue(CachedViewShortcut.matches("*", TAG));
    }

    @Test
    void anotherTagDoesNotMatch() {
        assertFalse(CachedViewShortcut.matches("\"other\"", TAG));
        assertFalse(CachedViewShortcut.matches("bd14060166674dc3", TAG));
    }
}
