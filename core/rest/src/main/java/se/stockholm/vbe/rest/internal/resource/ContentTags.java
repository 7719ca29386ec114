package se.stockholm.vbe.rest.internal.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.ws.rs.core.EntityTag;

/**
 * The ETag of a body computed from its content: the first 128 bits of a SHA-256, the same on every node and every
 * render of the same content. Labels (an audience, a form) are hashed before the content, each ended by a zero byte,
 * so bodies alike under different labels never share a tag.
 */
final class ContentTags {

    private ContentTags() {
    }

    static EntityTag of(byte[] content, String... labels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String label : labels) {
                sha.update(label.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return new EntityTag(HexFormat.of().formatHex(sha.digest(content), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
