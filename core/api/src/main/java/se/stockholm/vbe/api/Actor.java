package se.stockholm.vbe.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a signed-in user with roles, or an anonymous member of the public.
 *
 * @param name the user name; {@code null} when anonymous
 * @param roles the user's roles: {@code coordinator}, {@code reader}, {@code editor.<committee-id>},
 *        {@code deployer.<committee-id>}
 */
public record Actor(String name, Set<String> roles) {

    public static final String COORDINATOR = "coordinator";
    public static final String READER = "reader";
    public static final String EDITOR_PREFIX = "editor.";
    /** The prefix of the role that may upload, roll back and remove a committee's bundle. */
    public static final String DEPLOYER_PREFIX = "deployer.";

    private static final Actor ANONYMOUS = new Actor(null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor user(String name, Set<String> roles) {
        return new Actor(Objects.requireNonNull(name, "name"), roles);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The central coordinator (central samordnare). */
    public boolean isCoordinator() {
        return hasRole(COORDINATOR);
    }

    /** Whether this actor may write the plans of {@code committeeId}: its editors and the coordinator. */
    public boolean canEdit(String committeeId) {
        return isCoordinator() || hasRole(EDITOR_PREFIX + committeeId);
    }

    /** Whether this actor may deploy the bundle of {@code committeeId}: its deployers and the coordinator. */
    public boolean canDeploy(String committeeId) {
        return isCoordinator() || hasRole(DEPLOYER_PREFIX + committeeId);
    }

    /**
     * Whether this actor may see the drafts of {@code committeeId}, and its confidential parts: readers,
     * its editors, the coordinator ({@link Audience} is the rule).
     */
    public boolean canSeeDrafts(String committeeId) {
        return audience().seesEverythingOf(committeeId);
    }

    /** What this actor may see of the committees' plans. */
    public Audience audience() {
        return Audience.of(this);
    }

    /** The name to record as the author of a change. */
    public String displayName() {
        return isAnonymous() ? "anonymous" : name;
    }
}
