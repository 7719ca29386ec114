package se.stockholm.vbe.rest.internal.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A view serialised once: its JSON bytes and their content hash as ETag.
 */
public record RenderedView(byte[] json, EntityTag tag) {

    /**
     * The view as JSON, tagged with the hash of the audience it was made for and its bytes: two audiences never
     * share a tag, so a tag one of them got never confirms the other's body.
     */
    static RenderedView of(ObjectMapper json, Object view, String audience) {
        try {
            byte[] bytes = json.writeValueAsBytes(view);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(audience.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(bytes);
            return new RenderedView(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot render a view", e);
        }
    }
}
