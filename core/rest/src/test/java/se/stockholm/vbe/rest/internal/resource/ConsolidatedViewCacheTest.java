package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
        assertEquals("{\"secret\":\"no\"}", new String(anonymous.body()));
    }

    @Test
    void theEditorsOfACommitteeCalledAllAreNeverServedTheReadersBody() {
        RenderedView forReaders = cache.get(1, 2030, NO_FILTER, "plans", READER, () -> Map.of("every", "committee"));
        Actor editorOfAll = Actor.user("e", Set.of("editor.all"));

        assertTrue(cache.cached(1, 2030, NO_FILTER, "plans", editorOfAll).isEmpty());
        RenderedView theirs = cache.get(1, 2030, NO_FILTER, "plans", editorOfAll, () -> Map.of("their", "own"));
        assertEquals("{\"their\":\"own\"}", new String(theirs.body(), StandardCharsets.UTF_8));
        assertNotEquals(forReaders.tag(), theirs.tag());
    }

    @Test
    void actorsWithTheSameRightsShareAnEntry() {
        RenderedView first = cache.get(1, 2030, NO_FILTER, "plans", READER, () -> Map.of("n", 1));
        RenderedView second = cache.get(1, 2030, NO_FILTER, "plans", Actor.user("other", Set.of("reader")),
                () -> Map.of("n", 2));

        assertEquals(first, second);
    }

    @Test
    void aCachedCsvIsNeverServedToAnAudienceItWasNotRenderedFor() {
        RenderedView forReaders = cache.get(1, 2030, NO_FILTER, "plans.csv", READER, () -> "Hemlig aktivitet",
                text -> text.getBytes(StandardCharsets.UTF_8));

        assertTrue(cache.cached(1, 2030, NO_FILTER, "plans.csv", Actor.anonymous()).isEmpty());
        assertTrue(cache.cached(1, 2030, NO_FILTER, "plans.csv", Actor.user("e", Set.of("editor.alvsjo"))).isEmpty());
        RenderedView forThePublic = cache.get(1, 2030, NO_FILTER, "plans.csv", Actor.anonymous(),
                () -> "Offentlig aktivitet", text -> text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Offentlig aktivitet", new String(forThePublic.body(), StandardCharsets.UTF_8));
        assertNotEquals(forReaders.tag(), forThePublic.tag());
        assertEquals(forReaders, cache.cached(1, 2030, NO_FILTER, "plans.csv", READER).orElseThrow());
    }

    @Test
    void eachFormOfAViewHasItsOwnEntryAndTagEvenForTheSameBytes() {
        RenderedView json = cache.get(1, 2030, NO_FILTER, "plans", READER, () -> "x", text -> text.getBytes());
        RenderedView csv = cache.get(1, 2030, NO_FILTER, "plans.csv", READER, () -> "x", text -> text.getBytes());
        RenderedView xlsx = cache.get(1, 2030, NO_FILTER, "plans.xlsx", READER, () -> "x", text -> text.getBytes());

        assertNotEquals(json.tag(), csv.tag());
        assertNotEquals(csv.tag(), xlsx.tag());
        assertNotEquals(json.tag(), xlsx.tag());
    }

    @Test
    void aSheetWhoseBytesDifferEachTimeItIsWrittenKeepsItsTagWhileTheViewIsTheSame() {
        int[] written = {0};
        RenderedView first = cache.get(1, 2030, NO_FILTER, "plans.xlsx", READER, () -> Map.of("n", 1),
                view -> ("written " + ++written[0]).getBytes(StandardCharsets.UTF_8));
        RenderedView nextGeneration = cache.get(2, 2030, NO_FILTER, "plans.xlsx", READER, () -> Map.of("n", 1),
                view -> ("written " + ++written[0]).getBytes(StandardCharsets.UTF_8));
        RenderedView changed = cache.get(3, 2030, NO_FILTER, "plans.xlsx", READER, () -> Map.of("n", 2),
                view -> ("written " + ++written[0]).getBytes(StandardCharsets.UTF_8));

        assertNotEquals(new String(first.body(), StandardCharsets.UTF_8),
                new String(nextGeneration.body(), StandardCharsets.UTF_8));
        assertEquals(first.tag(), nextGeneration.tag(), "the same content, the same tag");
        assertNotEquals(first.tag(), changed.tag());
    }
}
