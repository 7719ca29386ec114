package se.stockholm.vbe.rest.internal.resource;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Audience;
import se.stockholm.vbe.api.plan.PlanFilter;

/**
 * Consolidated views serialised once per change of the plans (as JSON, CSV or XLSX): keyed by year, filter, part and the
 * actor's {@link Audience}, and dropped whole when the platform's generation moves on. The hottest read
 * of the API is a map lookup and a byte copy. Shared by the JAX-RS resource and {@code CachedViewShortcut}.
 * Two audiences never share a body or an ETag: the tag hashes the audience with the bytes, so a tag one
 * audience was given never matches what another is shown, even where the bodies are alike. An entry holds its bytes
 * twice (on the heap and in a direct buffer, {@link RenderedView.Representation}), and its gzip form once asked for.
 */
@Component(service = ConsolidatedViewCache.class)
public final class ConsolidatedViewCache {

    private static final int MAX_ENTRIES = 512;

    /** The cache of one generation; replaced whole when the generation changes. */
    private record Generation(long number, Map<Key, RenderedView> views) {
    }

    /** One view: a record, so that a lookup builds no string (the hottest read of the API makes one per request). */
    private record Key(int year, PlanFilter filter, String part, Audience audience) {
    }

    private final ObjectMapper json;
    private volatile Generation current = new Generation(Long.MIN_VALUE, new ConcurrentHashMap<>());

    @Activate
    public ConsolidatedViewCache(@Reference(target = "(vbe.json=plans)") ObjectMapper json) {
        this.json = json;
    }

    /** The view rendered for this generation, if it has been; never renders. */
    public Optional<RenderedView> cached(long generation, int year, PlanFilter filter, String part, Actor actor) {
        Generation cache = current;
        return cache.number() == generation
                ? Optional.ofNullable(cache.views().get(new Key(year, filter, part, actor.audience())))
                : Optional.empty();
    }

    RenderedView get(long generation, int year, PlanFilter filter, String part, Actor actor, Supplier<Object> view) {
        return get(generation, year, filter, part, actor, view, null);
    }

    /**
     * The view rendered by {@code writer} ({@code null}: as JSON) for the actor's audience, rendered now if it has
     * not been in this generation. Each form of a view is its own {@code part} (e.g. {@code plans.csv}), so a sheet
     * is cached per view and audience exactly like the JSON.
     */
    <T> RenderedView get(long generation, int year, PlanFilter filter, String part, Actor actor, Supplier<T> view,
            Function<T, byte[]> writer) {
        Generation cache = current;
        if (cache.number() != generation) {
            cache = new Generation(generation, new ConcurrentHashMap<>());
            current = cache;
        }
        if (cache.views().size() > MAX_ENTRIES) {
            cache.views().clear();
        }
        Audience audience = actor.audience();
        return cache.views().computeIfAbsent(new Key(year, filter, part, audience),
                k -> render(view.get(), writer, part, audience.key()));
    }

    private byte[] json(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the consolidated view", e);
        }
    }

    /**
     * The view's bytes in its form, tagged by the view's JSON: the same content has the same tag on every node and in
     * every generation though a sheet's bytes are not the same each time (an XLSX records when it was written).
     */
    private <T> RenderedView render(T view, Function<T, byte[]> writer, String part, String audience) {
        byte[] content = json(view);
        return RenderedView.of(writer == null ? content : writer.apply(view), content, part, audience);
    }
}
