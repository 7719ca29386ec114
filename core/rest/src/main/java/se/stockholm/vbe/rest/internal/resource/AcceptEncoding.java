package se.stockholm.vbe.rest.internal.resource;

import java.util.Locale;

/**
 * Reads {@code Accept-Encoding} (RFC 9110, 12.5.3) for the one coding the platform sends: gzip is acceptable when it
 * is named (or as {@code x-gzip}) with a non-zero weight, or when it is not named and {@code *} has one. No header, or
 * one that cannot be read, means identity.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        Boolean named = null;
        boolean star = false;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weight(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = named == null ? wanted : named || wanted;
            } else if (coding.equals("*")) {
                star = wanted;
            }
        }
        return named != null ? named : star;
    }

    /** The {@code q} of an element; 1 without one, 0 for one that is not a number. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
