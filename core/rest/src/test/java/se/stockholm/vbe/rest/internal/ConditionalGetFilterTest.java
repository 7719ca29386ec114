package se.stockholm.vbe.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalGetFilterTest {

    private static final String TAG = "\"bd14060166674dc3\"";

    @Test
    void anIfNoneMatchHeaderMatchesItsTagWeakOrStrongInAListOrAsAStar() {
        assertTrue(ConditionalGetFilter.matches(TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("W/" + TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("\"other\", " + TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("*", TAG));
    }

    @Test
    void anotherTagDoesNotMatch() {
        assertFalse(ConditionalGetFilter.matches("\"other\"", TAG));
        assertFalse(ConditionalGetFilter.matches("bd14060166674dc3", TAG));
    }
}
