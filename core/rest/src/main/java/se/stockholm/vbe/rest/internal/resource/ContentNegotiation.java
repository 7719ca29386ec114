package se.stockholm.vbe.rest.internal.resource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.Response;

import se.stockholm.vbe.rest.internal.problem.NotAcceptableProblem;

/**
 * The one way a read with several forms picks its form: {@code ?format=} (case-insensitive, blank as absent) wins
 * over {@code Accept}; without either, the first form. Done here, not in Jersey, so that the answer, a filter in
 * front of the resources and the 406 agree; a request none of the forms matches is a 406 that names them
 * ({@link NotAcceptableProblem}).
 */
final class ContentNegotiation {

    private ContentNegotiation() {
    }

    /**
     * The form a request asks for: {@code format} if given, else the form {@code accept} rates highest (a tie goes
     * to the earlier in {@code forms}, so {@code *}{@code /*} is the first); empty when it asks for none.
     */
    static <F extends Representation> Optional<F> choose(List<F> forms, String format, String accept) {
        if (format != null && !format.isBlank()) {
            String asked = format.strip().toLowerCase(Locale.ROOT);
            return forms.stream().filter(form -> form.parameter().equals(asked)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(forms.get(0));
        }
        List<WeightedElements.Element> ranges = WeightedElements.of(accept);
        F best = null;
        double bestQuality = 0;
        for (F candidate : forms) {
            double quality = quality(candidate.mediaType(), ranges);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The 406 for a request {@link #choose} found no form for, naming the forms there are. */
    static Response notAcceptable(List<? extends Representation> forms, String format, String accept) {
        return NotAcceptableProblem.response(format != null && !format.isBlank() ? "format=" + format
                : "Accept: " + accept, forms.stream().map(Representation::mediaType).toList(),
                forms.stream().map(Representation::parameter).toList());
    }

    /** The quality of the most specific range matching the type (RFC 9110 12.5.1), 0 when none does. */
    private static double quality(String mediaType, List<WeightedElements.Element> ranges) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int specificity = -1;
        double quality = 0;
        for (WeightedElements.Element range : ranges) {
            int match = range.token().equals(mediaType) ? 2 : range.token().equals(type + "/*") ? 1
                    : range.token().equals("*/*") ? 0 : -1;
            if (match > specificity) {
                specificity = match;
                quality = range.quality();
            }
        }
        return quality;
    }

}
