package se.stockholm.vbe.rest.internal.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The elements of a weighted header ({@code Accept}, {@code Accept-Encoding}; RFC 9110 12.4.2): each one's token in
 * lower case and its weight, 1 without a {@code q}, 0 for a {@code q} that is not a quality value.
 */
final class WeightedElements {

    /** One element: a media range or a content coding, and its weight. */
    record Element(String token, double quality) {
    }

    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private WeightedElements() {
    }

    /** The elements of {@code header} in their order; empty tokens left out. */
    static List<Element> of(String header) {
        List<Element> elements = new ArrayList<>();
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String token = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    quality = quality(parameter.substring(2).strip());
                }
            }
            if (!token.isEmpty()) {
                elements.add(new Element(token, quality));
            }
        }
        return elements;
    }

    private static double quality(String text) {
        return QVALUE.matcher(text).matches() ? Double.parseDouble(text) : 0;
    }
}
