package se.stockholm.vbe.rest.internal.resource;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.ws.rs.core.EntityTag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.plan.PlanFilter;

/**
 * Consolidated views serialised once per change of the plans: keyed by year, filter, part and what the
 * actor may see, and dropped whole when the platform's generation moves on. The hottest read of the API
 * is a map lookup and a byte copy. Shared by the JAX-RS resource and {@code ConditionalGetFilter}.
 */
@Component(service = ConsolidatedViewCache.class)
public final class ConsolidatedViewCache {

    private static final int MAX_ENTRIES = 512;

    /** The cache of one generation; replaced whole when the generation changes. */
    private record Generation(long number, Map<String, RenderedView> views) {
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
        return cache.number() == generation ? Optional.ofNullable(cache.views().get(key(year, filter, part, actor)))
                : Optional.empty();
    }

    RenderedView get(long generation, int year, PlanFilter filter, String part, Actor actor, Supplier<Object> view) {
        Generation cache = current;
        if (cache.number() != generation) {
            cache = new Generation(generation, new ConcurrentHashMap<>());
            current = cache;
        }
        if (cache.views().size() > MAX_ENTRIES) {
            cache.views().clear();
        }
        return cache.views().computeIfAbsent(key(year, filter, part, actor), k -> render(view.get()));
    }

    private static String key(int year, PlanFilter filter, String part, Actor actor) {
        return year + "|" + filter + "|" + part + "|" + visibility(actor);
    }

    /** Actors who may see the same drafts share cache entries. */
    static String visibility(Actor actor) {
        if (actor.isCoordinator() || actor.hasRole(Actor.READER)) {
            return "all";
        }
        TreeSet<String> editable = new TreeSet<>();
        actor.roles().stream().filter(r -> r.startsWith(Actor.EDITOR_PREFIX)).forEach(editable::add);
        return editable.isEmpty() ? "public" : String.join(",", editable);
    }

    private RenderedView render(Object view) {
        try {
            byte[] bytes = json.writeValueAsBytes(view);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new RenderedView(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot render the consolidated view", e);
        }
    }

}
