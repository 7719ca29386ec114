package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.plan.PlanFilter;

class ConsolidatedViewCacheTest {

    private static final PlanFilter NO_FILTER = new PlanFilter(null, null, null);
    private static final Actor READER = Actor.user("lasare", Set.of("reader"));

    private final ConsolidatedViewCache cache = new ConsolidatedViewCache(new ObjectMapper());

    @Test
    void twoAudiencesNeverShareATagEvenForTheSameBody() {
        RenderedView anonymous = cache.get(1, 2030, NO_FILTER, "plans", Actor.anonymous(), () -> Map.of("a", 1));
        RenderedView reader = cache.get(1, 2030, NO_FILTER, "plans", READER, () -> Map.of("a", 1));
        RenderedView otherEditor = cache.get(1, 2030, NO_FILTER, "plans",
                Actor.user("e", Set.of("editor.alvsjo")), () -> Map.of("a", 1));

        assertNotEquals(anonymous.tag(), reader.tag());
        assertNotEquals(anonymous.tag(), otherEditor.tag());
        assertNotEquals(reader.tag(), otherEditor.tag());
    }

    @Test
    void aBodyRenderedForOneAudienceIsNeverServedToAnother() {
        cache.get(1, 2030, NO_FILTER, "plans", READER, () -> Map.of("secret", "yes"));

        assertTrue(cache.cached(1, 2030, NO_FILTER, "plans", Actor.anonymous()).isEmpty());
        RenderedView anonymous = cache.get(1, 2030, NO_FILTER, "plans", Actor.anonymous(), () -> Map.of("secret", "no"));
        assertEquals("{\"secret\":\"no\"}", new String(anonymous.json()));
    }

    @Test
    void actorsWithTheSameRightsShareAnEntry() {
        RenderedView first = cache.get(1, 2030, NO_FILTER, "plans", READER, () -> Map.of("n", 1));
        RenderedView second = cache.get(1, 2030, NO_FILTER, "plans", Actor.user("other", Set.of("reader")),
                () -> Map.of("n", 2));

        assertEquals(first, second);
    }
}
