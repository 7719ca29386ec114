package se.stockholm.vbe.rest.internal.resource;

import java.util.Arrays;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotFoundException;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Reads enum values from paths and query strings with errors a client can act on.
 */
final class PathValues {

    private PathValues() {
    }

    /** A query parameter: absent is {@code null}; an unknown value is 400 naming the accepted ones. */
    static <E extends Enum<E>> E query(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(Problem.response(javax.ws.rs.core.Response.Status.BAD_REQUEST,
                    name + ": unknown value " + value + "; one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    /** A path segment: an unknown value names no resource, so 404. */
    static <E extends Enum<E>> E path(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(name + " " + value + " does not exist; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
