package se.stockholm.vbe.platform.internal.report;

import java.util.List;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.privacy.PersonalIdentityNumbers;

/**
 * Refuses a report's description when it holds something that points at a person: a personal identity number
 * (the platform's one detector), an e-mail address, a phone number or a street address with a number. Each
 * refusal names the field and says in Swedish what to remove, never repeating the text.
 */
final class Identifiers {

    /** Look-alike dashes and spaces people type between digits. */
    private static final String GAP = "[\\s\\-\\u2010-\\u2015\\u2212.]?";

    private record Kind(Pattern pattern, String message) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(\\.[\\p{L}\\p{N}\\-]+)+"),
                    "Beskrivningen innehåller en e-postadress. Ta bort den: blanketten är avidentifierad och får "
                            + "inte innehålla kontaktuppgifter."),
            // A Swedish number: +46, 0046 or 0, then at least seven more digits (070-123 45 67, 08-123 456 78).
            new Kind(Pattern.compile("(?<![\\p{N}])(\\+46|0046|0)" + GAP + "\\(?\\d{1,3}\\)?(" + GAP + "\\d){5,}"),
                    "Beskrivningen innehåller ett telefonnummer. Ta bort det: blanketten är avidentifierad och får "
                            + "inte innehålla kontaktuppgifter."),
            new Kind(Pattern.compile("(?iu)(?<![\\p{L}])[\\p{L}\\-]*(gatan|gata|vägen|väg|gränd|gränden|gången|backe"
                    + "|backen|torg|torget|stigen|allén|allé|esplanaden|kajen|stranden|promenaden|stråket|slingan)\\s+\\d{1,4}"
                    + "(\\s?[a-z])?(?![\\p{L}\\p{N}])"),
                    "Beskrivningen innehåller en gatuadress med nummer. Ta bort numret (och gatan om den pekar ut "
                            + "en bostad): blanketten är avidentifierad."));

    private static final String PERSONAL_NUMBER = "Beskrivningen innehåller ett personnummer. Ta bort det: "
            + "blanketten är avidentifierad och får inte innehålla något som pekar ut en person.";

    private Identifiers() {
    }

    /** Refuses {@code text} with the first kind of identifier found in it, as an error of {@code field}. */
    static void refuseIn(String text, String field) {
        if (PersonalIdentityNumbers.containsOne(text)) {
            throw new InvalidInputException(field, PERSONAL_NUMBER);
        }
        for (Kind kind : KINDS) {
            if (kind.pattern().matcher(text).find()) {
                throw new InvalidInputException(field, kind.message());
            }
        }
    }
}
