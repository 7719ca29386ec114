package se.stockholm.vbe.platform.internal.privacy;

import java.util.List;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.privacy.PersonalIdentityNumbers;

/**
 * Refuses free text that holds something pointing at a person: a personal identity number (the platform's one
 * detector), an e-mail address, a phone number or a street address with a number. Used for what must be
 * de-identified by construction: incident reports and specialist committees' contributions. Each refusal names the
 * field and says in Swedish what to remove, never repeating the text. Platform-internal: committee bundles write
 * neither kind of text, so the testkit needs only {@link se.stockholm.vbe.api.privacy.PersonalDataGuard}.
 */
public final class Identifiers {

    /**
     * How a refusal is worded for one kind of text.
     *
     * @param subject what the text is, as a sentence starts ("Beskrivningen")
     * @param reason why it may hold nothing of the kind, after the colon ("blanketten är avidentifierad")
     */
    public record Wording(String subject, String reason) {
    }

    /** What people type between the digits of a phone number: a space, a dash or its look-alikes, a dot or a slash. */
    private static final String GAP = "(\\s?[\\-\\u2010-\\u2015\\u2212./]\\s?|\\s)?";

    /** A house number: up to three digits, perhaps a letter (12, 3 B), never part of a longer number or word. */
    private static final String NUMBER = "\\s+\\d{1,3}(\\s?[A-Za-z])?(?![\\p{L}\\p{N}])";

    /** A kind of identifier: how to find it, what it is called and what to remove. */
    private record Kind(Pattern pattern, String found, String remove) {
    }

    private static final String ADDRESS = "en gatuadress med nummer";
    private static final String REMOVE_ADDRESS = "Ta bort numret (och gatan om den pekar ut en bostad)";

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("[\\p{L}\\p{N}._%+\\-]+(@|\\(at\\)|\\[at\\])[\\p{L}\\p{N}\\-]+"
                    + "(\\.[\\p{L}\\p{N}\\-]+)+"), "en e-postadress", "Ta bort den"),
            // A Swedish number: +46, 0046 or 0, then at least seven more digits (070-123 45 67, 08/123 456 78), but
            // not a time of day (08.00–10.00).
            new Kind(Pattern.compile("(?<![\\p{N}])(?!0?\\d[.:]\\d\\d(?!\\d))(\\+46|0046|0)" + GAP + "\\(?\\d{1,3}\\)?("
                    + GAP + "\\d){5,}"), "ett telefonnummer", "Ta bort det"),
            // Street names whose ending says what they are, alone or in one word (Storgatan 12, Rinkebysvängen 4).
            new Kind(Pattern.compile("(?iu)(?<![\\p{L}])[\\p{L}\\-]*(gatan|gata|vägen|gränd|gränden|backen|torget"
                    + "|stigen|allén|allé|esplanaden|kajen|stranden|promenaden|stråket|slingan|svängen|ringen|platsen"
                    + "|leden|liden)" + NUMBER), ADDRESS, REMOVE_ADDRESS),
            // Endings that are everyday words too (väg, gången, plan, gård): only in a name — one capitalised word
            // (Kistagången 20, Vällingbyplan 2) or after a capitalised place (Hässelby torg 3, Kista gård 3; not
            // "På väg 2").
            new Kind(Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}\\p{L}+(väg|gången|backe|torg|plan|strand|gård)"
                    + "|\\p{Lu}\\p{L}{2,}\\s(?i:backe|torg|strand|gård))" + NUMBER), ADDRESS, REMOVE_ADDRESS));

    private Identifiers() {
    }

    /**
     * Refuses {@code text} (may be null) with the first kind of identifier found in it, as an error of
     * {@code field} worded as {@code wording} says.
     */
    public static void refuseIn(String text, String field, Wording wording) {
        if (text == null) {
            return;
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            throw refusal(field, wording, "ett personnummer", "Ta bort det");
        }
        for (Kind kind : KINDS) {
            if (kind.pattern().matcher(text).find()) {
                throw refusal(field, wording, kind.found(), kind.remove());
            }
        }
    }

    private static InvalidInputException refusal(String field, Wording wording, String found, String remove) {
        return new InvalidInputException(field, wording.subject() + " innehåller " + found + ". " + remove + ": "
                + wording.reason() + ".");
    }
}
