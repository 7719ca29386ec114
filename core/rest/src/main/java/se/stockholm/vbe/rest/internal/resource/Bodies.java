package se.stockholm.vbe.rest.internal.resource;

import se.stockholm.vbe.api.InvalidInputException;

/**
 * Request bodies: an empty one, which JSON reading lets through as {@code null}, is refused.
 */
final class Bodies {

    private Bodies() {
    }

    static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
    }
}
