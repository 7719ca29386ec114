package se.stockholm.vbe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "e");

    @Test
    void aListInMemoryIsSlicedAfterTheCursor() {
        Page<String> first = Page.slice(LETTERS, null, 2, Function.identity());
        Page<String> second = Page.slice(LETTERS, first.next(), 2, Function.identity());
        Page<String> last = Page.slice(LETTERS, second.next(), 2, Function.identity());

        assertEquals(new Page<>(List.of("a", "b"), "b"), first);
        assertEquals(new Page<>(List.of("c", "d"), "d"), second);
        assertEquals(new Page<>(List.of("e"), null), last);
    }

    @Test
    void aPageThatHoldsTheRestNamesNoNext() {
        assertNull(Page.slice(LETTERS, null, 5, Function.identity()).next());
        assertNull(Page.of(List.of("a", "b"), 2, Function.identity()).next());
        assertEquals("b", Page.of(List.of("a", "b", "c"), 2, Function.identity()).next());
    }

    @Test
    void anUnknownCursorIsRefusedNamingAfter() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Page.slice(LETTERS, "x", 2, Function.identity()));
        assertEquals("after", refused.field());
    }

    @Test
    void theLimitDefaultsToOneHundredAndIsAtMostFiveHundred() {
        assertEquals(100, Page.limit(null));
        assertEquals(500, Page.limit(500));
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> Page.limit(501)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> Page.limit(0)).field());
    }
}
