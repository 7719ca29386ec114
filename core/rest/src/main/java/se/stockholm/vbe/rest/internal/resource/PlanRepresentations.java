package se.stockholm.vbe.rest.internal.resource;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The representations of a committee's plan read: JSON (the default, also for {@code *}{@code /*} and no Accept)
 * and PDF/A, chosen by {@code Accept} or, for a plain link a browser follows, by {@code ?format=json|pdf}, which
 * wins ({@link ContentNegotiation}, as the consolidated view). An Accept or format that names neither is a 406
 * naming both, never a silent JSON answer.
 */
final class PlanRepresentations {

    static final MediaType PDF = new MediaType("application", "pdf");

    private enum PlanFormat implements Representation {
        JSON(MediaType.APPLICATION_JSON), PDF("application/pdf");

        private final String mediaType;

        PlanFormat(String mediaType) {
            this.mediaType = mediaType;
        }

        @Override
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String mediaType() {
            return mediaType;
        }
    }

    private static final List<PlanFormat> FORMS = List.of(PlanFormat.values());

    private PlanRepresentations() {
    }

    /** Whether the caller asked for the PDF; 406 if it asked for nothing this read can produce. */
    static boolean pdfWanted(String format, String accept) {
        return ContentNegotiation.choose(FORMS, format, accept).orElseThrow(() -> new NotAcceptableException(
                varying(Response.fromResponse(ContentNegotiation.notAcceptable(FORMS, format, accept))).build()))
                == PlanFormat.PDF;
    }

    /** The answer depends on Accept, and for a shared cache on the credentials too (see CacheControlFilter). */
    static Response.ResponseBuilder varying(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.VARY, "Accept, Authorization");
    }
}
