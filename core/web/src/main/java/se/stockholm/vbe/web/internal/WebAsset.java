package se.stockholm.vbe.web.internal;

/**
 * One file of the web application as it is served: its bytes, its media type and a strong ETag from its content.
 */
record WebAsset(byte[] content, String contentType, String etag) {
}
