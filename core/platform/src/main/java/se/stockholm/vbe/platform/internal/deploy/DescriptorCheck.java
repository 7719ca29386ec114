package se.stockholm.vbe.platform.internal.deploy;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * The descriptor check: a bundle that carries {@value #PATH} must carry JSON whose {@code id} is its committee.
 * (The descriptor's full schema is the descriptor extender's; this is the part an upload can be refused on.)
 */
final class DescriptorCheck {

    static final String PATH = "VBE-INF/committee.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DescriptorCheck() {
    }

    static String check(BundleContent content, String committeeId) throws CheckFailed {
        byte[] descriptor = content.entries().get(PATH);
        if (descriptor == null) {
            return "the bundle has no " + PATH;
        }
        JsonNode document;
        try {
            document = JSON.readTree(descriptor);
        } catch (IOException e) {
            throw CheckFailed.invalid(PATH + " is not JSON: " + e.getMessage());
        }
        JsonNode id = document == null ? null : document.get("id");
        if (id == null || !id.isTextual() || !id.asText().equals(committeeId)) {
            throw CheckFailed.invalid(PATH + " has id " + (id == null ? "missing" : id) + ", but this upload is for "
                    + "committee " + committeeId);
        }
        return PATH + " names committee " + committeeId;
    }
}
