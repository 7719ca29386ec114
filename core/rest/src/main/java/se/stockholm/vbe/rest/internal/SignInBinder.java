package se.stockholm.vbe.rest.internal;

import org.glassfish.jersey.internal.inject.AbstractBinder;

import se.stockholm.vbe.rest.internal.security.SessionStore;
import se.stockholm.vbe.rest.internal.security.SignIns;

/**
 * Makes the one sign-in path and the session store injectable into the session resource; the filters get the same
 * instances through their constructors.
 */
final class SignInBinder extends AbstractBinder {

    private final SignIns signIns;
    private final SessionStore sessions;

    SignInBinder(SignIns signIns, SessionStore sessions) {
        this.signIns = signIns;
        this.sessions = sessions;
    }

    @Override
    protected void configure() {
        bind(signIns).to(SignIns.class);
        bind(sessions).to(SessionStore.class);
    }
}
