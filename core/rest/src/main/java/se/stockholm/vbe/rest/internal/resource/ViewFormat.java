package se.stockholm.vbe.rest.internal.resource;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.Response;

import se.stockholm.vbe.rest.internal.sheet.CsvSheet;
import se.stockholm.vbe.rest.internal.sheet.XlsxWorkbook;

/**
 * The forms of the consolidated view: JSON, CSV and XLSX, chosen by {@link ContentNegotiation} (without
 * {@code ?format=} or {@code Accept}, JSON), so that {@code CachedViewShortcut} picks the same form the resource
 * serves.
 */
public enum ViewFormat implements Representation {
    JSON("json", "application/json", "application/json"),
    CSV("csv", CsvSheet.MEDIA_TYPE, CsvSheet.MEDIA_TYPE + "; charset=UTF-8"),
    XLSX("xlsx", XlsxWorkbook.MEDIA_TYPE, XlsxWorkbook.MEDIA_TYPE);

    private static final List<ViewFormat> FORMS = List.of(values());

    private final String parameter;
    private final String mediaType;
    private final String contentType;

    ViewFormat(String parameter, String mediaType, String contentType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
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

    /** The form a request asks for ({@link ContentNegotiation}); empty when it asks for none. */
    public static Optional<ViewFormat> negotiate(String format, String accept) {
        return ContentNegotiation.choose(FORMS, format, accept);
    }

    /** The 406 for a request that asks for none of the forms, naming them. */
    public static Response notAcceptable(String format, String accept) {
        return ContentNegotiation.notAcceptable(FORMS, format, accept);
    }
}
