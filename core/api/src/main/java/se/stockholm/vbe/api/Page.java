package se.stockholm.vbe.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that can grow, read by keyset: the caller asks for at most {@code limit} items after the
 * cursor of the last one it has, so a page never shifts when items are added in front of it.
 *
 * @param items the items of this page, in the list's order
 * @param next the cursor to ask for the page after this one with, or {@code null} if this is the last
 * @param <T> the kind of item
 */
public record Page<T>(List<T> items, String next) {

    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 100;

    /** The largest page size a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    public Page {
        items = Validation.list(items, "items");
    }

    /**
     * A page size the caller asked for; {@code null} reads as {@link #DEFAULT_LIMIT}.
     *
     * @throws InvalidInputException naming {@code limit} if it is below 1 or above {@link #MAX_LIMIT}
     */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT + " (was " + limit + ")");
        }
        return limit;
    }

    /**
     * The page of a query that fetched up to {@code limit + 1} items: the extra one only says that more exist.
     *
     * @param cursor the cursor of an item, e.g. its id
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursor) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursor.apply(items.get(limit - 1)));
    }

    /**
     * The page of a list held in memory that follows the item whose cursor is {@code after} ({@code null}: the
     * first page).
     *
     * @throws InvalidInputException naming {@code after} if no item has that cursor
     */
    public static <T> Page<T> slice(List<T> all, String after, int limit, Function<T, String> cursor) {
        int start = 0;
        if (after != null) {
            start = -1;
            for (int i = 0; i < all.size() && start < 0; i++) {
                if (after.equals(cursor.apply(all.get(i)))) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new InvalidInputException("after", "no item " + after + " in this list");
            }
        }
        return of(all.subList(start, Math.min(all.size(), start + limit + 1)), limit, cursor);
    }
}
