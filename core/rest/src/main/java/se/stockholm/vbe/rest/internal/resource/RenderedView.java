package se.stockholm.vbe.rest.internal.resource;

import javax.ws.rs.core.EntityTag;

/**
 * A view serialised once: its bytes (JSON, CSV or XLSX) and their content hash as ETag.
 */
public record RenderedView(byte[] body, EntityTag tag) {
}
