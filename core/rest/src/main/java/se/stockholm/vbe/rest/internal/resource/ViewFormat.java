package se.stockholm.vbe.rest.internal.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.stockholm.vbe.rest.internal.sheet.CsvSheet;
import se.stockholm.vbe.rest.internal.sheet.XlsxWorkbook;

/**
 * The forms of the consolidated view: JSON, CSV and XLSX. {@code ?format=} wins over {@code Accept}; without
 * either, JSON. Negotiation here, not in Jersey, so that {@code ConditionalGetFilter} picks the same form the
 * resource serves, and an {@code Accept} none of the forms matches is a 406 that names them.
 */
public enum ViewFormat {
    JSON("json", "application/json", "application/json"),
    CSV("csv", CsvSheet.MEDIA_TYPE, CsvSheet.MEDIA_TYPE + "; charset=UTF-8"),
    XLSX("xlsx", XlsxWorkbook.MEDIA_TYPE, XlsxWorkbook.MEDIA_TYPE);

    private final String parameter;
    private final String mediaType;
    private final String contentType;

    ViewFormat(String parameter, String mediaType, String contentType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    /** The value of {@code ?format=} asking for this form. */
    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type of the answer: the media type, with the charset of a text form. */
    public String contentType() {
        return contentType;
    }

    /** The cache part of a view in this form: the JSON keeps the view's own name, so its entries stay as they were. */
    public String part(String view) {
        return this == JSON ? view : view + "." + parameter;
    }

    /**
     * The form a request asks for: {@code format} if given, else the supported type {@code accept} rates highest
     * (a tie goes to the first in {@link #values()}, so {@code *}{@code /*} is JSON); empty when it asks for none.
     */
    public static Optional<ViewFormat> negotiate(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String asked = format.strip().toLowerCase(Locale.ROOT);
            for (ViewFormat candidate : values()) {
                if (candidate.parameter.equals(asked)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        List<Range> ranges = ranges(accept);
        ViewFormat best = null;
        double bestQuality = 0;
        for (ViewFormat candidate : values()) {
            double quality = candidate.quality(ranges);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every supported media type, for a 406 to name. */
    public static List<String> mediaTypes() {
        List<String> types = new ArrayList<>();
        for (ViewFormat format : values()) {
            types.add(format.mediaType);
        }
        return types;
    }

    /** The quality of the most specific range matching this type (RFC 9110 12.5.1), 0 when none does. */
    private double quality(List<Range> ranges) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int specificity = -1;
        double quality = 0;
        for (Range range : ranges) {
            int match = range.type.equals(mediaType) ? 2 : range.type.equals(type + "/*") ? 1
                    : range.type.equals("*/*") ? 0 : -1;
            if (match > specificity) {
                specificity = match;
                quality = range.quality;
            }
        }
        return quality;
    }

    private record Range(String type, double quality) {
    }

    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    quality = qualityValue(parameter.substring(2));
                }
            }
            if (!type.isEmpty()) {
                ranges.add(new Range(type, quality));
            }
        }
        return ranges;
    }

    private static double qualityValue(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return value >= 0 && value <= 1 ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
