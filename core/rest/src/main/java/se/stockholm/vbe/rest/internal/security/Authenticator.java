package se.stockholm.vbe.rest.internal.security;

import java.util.Optional;

import se.stockholm.vbe.api.Actor;

/**
 * Checks a user name and password against the user store.
 */
public interface Authenticator {

    /**
     * @return the caller with their roles, or empty if the credentials are wrong
     */
    Optional<Actor> authenticate(String user, String password);

    /**
     * The caller, if these credentials logged in successfully a moment ago and may be trusted without a
     * login; empty otherwise (always, for an authenticator that remembers nothing).
     */
    default Optional<Actor> remembered(String user, String password) {
        return Optional.empty();
    }
}
