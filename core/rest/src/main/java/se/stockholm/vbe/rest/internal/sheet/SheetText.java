package se.stockholm.vbe.rest.internal.sheet;

/**
 * Text that city staff open in Excel. A cell that starts with {@code = + - @}, a tab or a carriage return
 * would be run as a formula ("CSV injection", OWASP): it gets an apostrophe first and is shown as text.
 */
public final class SheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SheetText() {
    }

    /** The text as a spreadsheet must show it: unchanged, or with an apostrophe before a formula's first character. */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
