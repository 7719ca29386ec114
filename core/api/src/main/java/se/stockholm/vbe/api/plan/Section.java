package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * A free-text part of a situation picture, e.g. Kartläggning or Analys.
 *
 * @param title the heading
 * @param text the text
 * @param classification who may read it; {@code CONFIDENTIAL} when not given
 * @param legalGround for a confidential section, the provision it is secret under, e.g. "OSL 18 kap. 1 §"
 */
public record Section(String title, String text, Classification classification, String legalGround) {

    public static final int MAX_TEXT = 32_000;

    public Section {
        title = Validation.requireLine(title, "title", 200);
        text = Validation.requireText(text, "text", MAX_TEXT);
        legalGround = Validation.optionalText(legalGround, "legalGround", 200);
        classification = Classification.orDefault(classification, legalGround);
    }

    /** A confidential section without a named legal ground (the form before classifications). */
    public Section(String title, String text) {
        this(title, text, null, null);
    }
}
