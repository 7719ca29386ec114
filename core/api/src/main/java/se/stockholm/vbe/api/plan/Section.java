package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * A free-text part of a situation picture, e.g. Kartläggning or Analys.
 */
public record Section(String title, String text) {

    public static final int MAX_TEXT = 32_000;

    public Section {
        title = Validation.requireLine(title, "title", 200);
        text = Validation.requireText(text, "text", MAX_TEXT);
    }
}
