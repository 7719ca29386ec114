package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentTagsTest {

    private static final byte[] BODY = "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameContentHasTheSameStrongTagOf128Bits() {
        assertEquals(ContentTags.of(BODY.clone()), ContentTags.of(BODY));
        assertEquals(32, ContentTags.of(BODY).getValue().length());
        assertFalse(ContentTags.of(BODY).isWeak());
    }

    @Test
    void labelsSeparateBodiesThatAreAlike() {
        assertNotEquals(ContentTags.of(BODY, "public", "json"), ContentTags.of(BODY, "all", "json"));
        assertNotEquals(ContentTags.of(BODY, "ab", "c"), ContentTags.of(BODY, "a", "bc"), "each label is ended");
        assertNotEquals(ContentTags.of(BODY), ContentTags.of(BODY, "public"));
    }
}
