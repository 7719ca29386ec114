package se.stockholm.vbe.api.coverage;

import se.stockholm.vbe.api.Validation;

/**
 * A committee's own answer for an item that data cannot say: in place or not, and a comment.
 *
 * @param done whether it is in place
 * @param comment free text, e.g. how the routine was made known; may be absent
 */
public record CoverageTick(Boolean done, String comment) {

    public static final int MAX_COMMENT = 2000;

    public CoverageTick {
        Validation.require(done, "done");
        comment = Validation.optionalText(comment, "comment", MAX_COMMENT);
    }
}
