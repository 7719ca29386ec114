package se.stockholm.vbe.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who reads: the one rule of what a caller may see of a committee's plans. Readers and the coordinator
 * see everything; a committee's editors see everything of that committee (drafts, confidential sections,
 * exact counts); of every other committee, and anonymous callers of all, see its public plans with the
 * {@code PUBLIC} sections and suppressed aggregate counts only. Two actors with equal audiences are
 * shown the same, so caches and ETags may be shared between them and never between different ones.
 *
 * @param everything whether the audience sees everything of every committee
 * @param committees the committees it sees everything of, when not {@code everything}
 */
public record Audience(boolean everything, Set<String> committees) {

    /** Anonymous callers, and users with no role on any committee. */
    public static final Audience PUBLIC = new Audience(false, Set.of());

    private static final String EDITOR_KEY = "editor:";

    public Audience {
        committees = everything ? Set.of() : Set.copyOf(committees);
    }

    public static Audience of(Actor actor) {
        if (actor.isCoordinator() || actor.hasRole(Actor.READER)) {
            return new Audience(true, Set.of());
        }
        Set<String> editable = new TreeSet<>();
        actor.roles().stream().filter(r -> r.startsWith(Actor.EDITOR_PREFIX))
                .forEach(r -> editable.add(r.substring(Actor.EDITOR_PREFIX.length())));
        return editable.isEmpty() ? PUBLIC : new Audience(false, editable);
    }

    /** Whether this audience sees drafts, confidential parts and exact counts of {@code committeeId}. */
    public boolean seesEverythingOf(String committeeId) {
        return everything || committees.contains(committeeId);
    }

    /**
     * A stable text naming this audience, for cache keys and ETags: {@code all}, {@code public}, or {@code editor:}
     * and the ids. The prefix keeps the texts apart: a committee may be called {@code all} or {@code public}, and
     * its editors must not share what readers or anonymous callers are shown.
     */
    public String key() {
        return everything ? "all"
                : committees.isEmpty() ? "public" : EDITOR_KEY + String.join(",", new TreeSet<>(committees));
    }
}
