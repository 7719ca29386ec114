package se.stockholm.vbe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009bb"})
    void controlCharactersAreRefusedNamingTheField(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Validation.requireText(text, "purpose", 100));
        assertEquals("purpose contains control characters", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202aa", "b\u202b", "c\u202cc", "\u202dd", "e\u202ee", "\u2066f", "g\u2067", "h\u2068h",
        "i\u2069"})
    void bidiEmbeddingsOverridesAndIsolatesAreRefused(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Validation.optionalText(text, "activities[0].title", 100));
        assertEquals("activities[0].title contains bidirectional control characters", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00b", "a\ud800", "\udfffa", "\ude00\ud83d"})
    void loneSurrogatesAreRefused(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Validation.requireLine(text, "name", 100));
        assertEquals("name contains an unpaired surrogate (invalid Unicode)", refused.getMessage());
    }

    @Test
    void lineBreaksTabsEmojiAndRightToLeftScriptsAreKept() {
        String text = "Rad ett\nRad två\r\n\tindrag 😀 مرحبا \u200f";
        assertEquals(text, Validation.requireText(text, "text", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hasselby-vallingby.unaffiliated", "hasselby-vallingby.previous-grant-accounted",
        "hasselby-vallingby.regel-2"})
    void aRuleIdIsItsCommitteesIdADotAndASlug(String id) {
        assertEquals(id, Validation.requireRuleId(id, "hasselby-vallingby"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unaffiliated", "hasselby-vallingby-unaffiliated", "hasselby-vallingby.",
        "hasselby-vallingby.Unaffiliated", "hasselby-vallingby.obunden_förening", "hasselby-vallingby.a.b",
        "hasselby-vallingby.-a", "alvsjo.unaffiliated", "hasselby.unaffiliated"})
    void aRuleIdAgainstTheConventionIsRefusedSayingTheConvention(String id) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Validation.requireRuleId(id, "hasselby-vallingby"));
        assertEquals("rule id " + id + " does not follow the convention <committee-id>.<name>: it must start with its "
                + "committee's id hasselby-vallingby. followed by a name of lower-case letters, digits and hyphens, "
                + "at most 100 characters in all (e.g. hasselby-vallingby.unaffiliated)", refused.getMessage());
    }

    @Test
    void aRuleIdIsAtMostAHundredCharacters() {
        String name = "a".repeat(100 - "alvsjo.".length());
        assertEquals("alvsjo." + name, Validation.requireRuleId("alvsjo." + name, "alvsjo"));
        assertThrows(IllegalArgumentException.class, () -> Validation.requireRuleId("alvsjo." + name + "a", "alvsjo"));
        assertThrows(IllegalArgumentException.class, () -> Validation.requireRuleId(null, "alvsjo"));
    }
}
