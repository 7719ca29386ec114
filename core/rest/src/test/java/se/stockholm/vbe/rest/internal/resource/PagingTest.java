package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Page;

class PagingTest {

    @Test
    void noLimitMeansTheDefaultPageSize() {
        assertEquals(Page.DEFAULT_LIMIT, Paging.limit(null));
        assertEquals(Page.DEFAULT_LIMIT, Paging.limit(" "));
    }

    @Test
    void aLimitInRangeIsTaken() {
        assertEquals(1, Paging.limit("1"));
        assertEquals(Page.MAX_LIMIT, Paging.limit(" 500 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "4294967296", "-4294967295", "2147483648", "9223372036854775807", "0", "501",
            "99999999999999999999", "ten"})
    void aLimitThatIsNoWholeNumberFrom1To500IsRefusedNamingLimitInsteadOfWrapping(String limit) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Paging.limit(limit));
        assertEquals("limit", refused.field());
    }
}
