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
}
