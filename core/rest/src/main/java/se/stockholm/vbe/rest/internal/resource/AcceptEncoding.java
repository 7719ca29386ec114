package se.stockholm.vbe.rest.internal.resource;

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
        for (WeightedElements.Element element : WeightedElements.of(header)) {
            boolean wanted = element.quality() > 0;
            if (element.token().equals("gzip") || element.token().equals("x-gzip")) {
                named = named == null ? wanted : named || wanted;
            } else if (element.token().equals("*")) {
                star = wanted;
            }
        }
        return named != null ? named : star;
    }
}
