package se.stockholm.vbe.rest.internal.resource;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Page;

/**
 * Keyset paging over HTTP: {@code ?limit=} (default 100, at most 500) and {@code ?after=<the last item's id>};
 * the body stays a plain JSON array, so clients that read one page keep working, and a {@code Link} header with
 * {@code rel="next"} says where the next page is when there is one.
 */
final class Paging {

    private Paging() {
    }

    /** The page size asked for in {@code ?limit=}; 422 naming {@code limit} if it is no whole number in range. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return Page.limit(null);
        }
        long limit = number("limit", value);
        // Checked before narrowing: an int cast would wrap 4294967297 to 1 and serve a page nobody asked for.
        if (limit != (int) limit) {
            throw new InvalidInputException("limit", "must be 1 to " + Page.MAX_LIMIT + " (was " + value.strip() + ")");
        }
        return Page.limit((int) limit);
    }

    /** An id cursor such as a check's: {@code null} if absent, 422 naming {@code after} if it is no number. */
    static Long afterId(String value) {
        return value == null || value.isBlank() ? null : number("after", value);
    }

    /** A text cursor: {@code null} if absent. */
    static String after(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** 200 with the page's items as a JSON array, and a link to the next page if there is one. */
    static Response response(Page<?> page, int limit, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items());
        if (page.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("limit", limit)
                    .replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }

    private static Long number(String field, String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field, "must be a whole number (was " + value + ")");
        }
    }
}
