package se.stockholm.vbe.rest.internal.resource;

import javax.ws.rs.core.EntityTag;

/**
 * A view serialised once: its JSON bytes and their content hash as ETag.
 */
public record RenderedView(byte[] json, EntityTag tag) {
}
