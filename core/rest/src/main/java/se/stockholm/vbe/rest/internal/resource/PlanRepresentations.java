package se.stockholm.vbe.rest.internal.resource;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Variant;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * The representations of a committee's plan read: JSON (the default, also for {@code *}{@code /*} and no Accept)
 * and PDF/A, chosen by {@code Accept} or, for a plain link a browser follows, by {@code ?format=json|pdf}, which
 * wins. An Accept or format that names neither is 406 naming both, in problem+json, never a silent JSON answer.
 */
final class PlanRepresentations {

    static final MediaType PDF = new MediaType("application", "pdf");
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, PDF).build();

    private PlanRepresentations() {
    }

    /** Whether the caller asked for the PDF; 406 if it asked for nothing this read can produce. */
    static boolean pdfWanted(Request request, String format) {
        if (format != null) {
            return switch (format) {
                case "pdf" -> true;
                case "json" -> false;
                default -> throw new NotAcceptableException(varying(Problem.builder(Response.Status.NOT_ACCEPTABLE,
                        "format: unknown value " + format + "; this plan read produces only json or pdf ("
                                + supported() + ")")).build());
            };
        }
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            throw new NotAcceptableException(varying(Problem.builder(Response.Status.NOT_ACCEPTABLE,
                    "Accept: this plan read produces only " + supported() + "; ask for one of them")).build());
        }
        return chosen.getMediaType().isCompatible(PDF);
    }

    static String supported() {
        return VARIANTS.stream().map(v -> v.getMediaType().toString()).collect(Collectors.joining(", "));
    }

    /** The answer depends on Accept, and for a shared cache on the credentials too (see CacheControlFilter). */
    static Response.ResponseBuilder varying(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.VARY, "Accept, Authorization");
    }
}
