package se.stockholm.vbe.rest.internal.resource;

import javax.ws.rs.core.EntityTag;

/**
 * A view serialised once: its bytes (JSON, CSV or XLSX) and their content hash as ETag.
 */
public record RenderedView(byte[] body, EntityTag tag) {

    /**
     * {@code bytes} with a tag hashing the part (which view, which form) and the audience too: no two forms or
     * audiences ever share a tag, so a tag one of them got never confirms the other's body.
     */
    static RenderedView of(byte[] bytes, String part, String audience) {
        return of(bytes, bytes, part, audience);
    }

    /** {@code body} tagged by {@code content}, what it shows (e.g. a workbook tagged by the view it was made of). */
    static RenderedView of(byte[] body, byte[] content, String part, String audience) {
        return new RenderedView(body, ContentTags.of(content, audience, part));
    }
}
