package se.stockholm.vbe.rest.internal.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

import javax.ws.rs.core.EntityTag;

/**
 * A view serialised once: its bytes (JSON, CSV or XLSX) and their content hash as ETag, and the same bytes
 * gzip-compressed, made the first time a client accepts them and kept with the view, so a view is compressed once,
 * never per request. The compressed body has a tag of its own (the identity tag with {@code -gzip}), so a cache
 * never confuses the two. A body that gzip does not make smaller (a tiny one) is never sent compressed.
 */
public final class RenderedView {

    /**
     * What goes out for one request: the bytes, their tag (also as the ETag header's text, which JAX-RS would format
     * anew each time), and their Content-Encoding (null for identity). The bytes are also kept once outside the
     * heap, for a server that can hand them to the socket as they are.
     */
    public record Representation(byte[] body, EntityTag tag, String etag, String contentEncoding, ByteBuffer direct) {

        Representation(byte[] body, EntityTag tag, String contentEncoding) {
            this(body, tag, tag.toString(), contentEncoding,
                    ByteBuffer.allocateDirect(body.length).put(body).flip().asReadOnlyBuffer());
        }

        /** The bytes outside the heap, positioned for one write (each call its own view of the shared buffer). */
        @Override
        public ByteBuffer direct() {
            return direct.duplicate();
        }
    }

    private static final String GZIP = "gzip";

    private final Representation identity;
    private final Object compressing = new Object();
    private volatile Representation compressed;

    RenderedView(byte[] body, EntityTag tag) {
        this.identity = new Representation(body, tag, null);
    }

    public byte[] body() {
        return identity.body();
    }

    public EntityTag tag() {
        return identity.tag();
    }

    /** The representation for a request's {@code Accept-Encoding}: gzip where it is accepted and pays. */
    public Representation representation(String acceptEncoding) {
        return AcceptEncoding.allowsGzip(acceptEncoding) ? compressed() : identity;
    }

    private Representation compressed() {
        Representation done = compressed;
        if (done == null) {
            synchronized (compressing) {
                done = compressed;
                if (done == null) {
                    byte[] gzipped = gzip(identity.body());
                    done = gzipped.length < identity.body().length
                            ? new Representation(gzipped, new EntityTag(identity.tag().getValue() + "-" + GZIP), GZIP)
                            : identity;
                    compressed = done;
                }
            }
        }
        return done;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        } catch (IOException inMemory) {
            throw new UncheckedIOException("cannot compress a view in memory", inMemory);
        }
        return out.toByteArray();
    }

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
