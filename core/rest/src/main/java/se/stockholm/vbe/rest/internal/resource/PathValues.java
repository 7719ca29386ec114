package se.stockholm.vbe.rest.internal.resource;

import java.util.Arrays;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotFoundException;

import se.stockholm.vbe.rest.internal.problem.Problem;
import se.stockholm.vbe.api.InvalidInputException;

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

    /** A yes/no query parameter: absent is {@code false}; anything but true or false is 400. */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip())) {
            return true;
        }
        throw new BadRequestException(Problem.response(javax.ws.rs.core.Response.Status.BAD_REQUEST,
                name + ": unknown value " + value + "; true or false"));
    }

    /** A whole-number query parameter: absent is {@code fallback}; anything else but digits is 400. */
    static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            throw new BadRequestException(Problem.response(javax.ws.rs.core.Response.Status.BAD_REQUEST,
                    name + ": " + value + " is not a year"));
        }
        return Integer.parseInt(value.strip());
    }

    /** A year in a query ({@code ?year=2026}): absent is {@code null}; anything but a year is 422 naming it. */
    static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9]{4}")) {
            throw new InvalidInputException(name, "must be a year such as 2026 (was " + value + ")");
        }
        return Integer.valueOf(value.strip());
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
