package se.stockholm.vbe.rest.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import se.stockholm.vbe.api.Actor;

/**
 * Logs in against a Karaf JAAS realm, so that the users come from {@code etc/users.properties},
 * LDAP or Active Directory, whichever the realm is configured with.
 */
public final class JaasAuthenticator implements Authenticator {

    private final String realm;

    public JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<Actor> authenticate(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
            String name = subject.getPrincipals(UserPrincipal.class).stream()
                    .map(UserPrincipal::getName).findFirst().orElse(user);
            Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream()
                    .map(RolePrincipal::getName).collect(Collectors.toUnmodifiableSet());
            login.logout();
            return Optional.of(Actor.user(name, roles));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, String password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
