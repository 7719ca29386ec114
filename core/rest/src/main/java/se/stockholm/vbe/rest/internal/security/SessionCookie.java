package se.stockholm.vbe.rest.internal.security;

import java.util.Arrays;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;

/**
 * The cookie that carries a web session's id: sent back on every request to this host ({@code Path=/}), never
 * readable by the page's scripts ({@code HttpOnly}), never sent with a request another site starts
 * ({@code SameSite=Strict}), and only over TLS ({@code Secure}) when the sign-in came over TLS.
 */
public final class SessionCookie {

    public static final String NAME = "VBE_SESSION";

    private static final String ATTRIBUTES = "; Path=/; HttpOnly; SameSite=Strict";

    private SessionCookie() {
    }

    /** The {@code Set-Cookie} value that hands the client session {@code id}. */
    public static String issue(String id, boolean secure) {
        return NAME + "=" + id + ATTRIBUTES + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the client forget its session cookie. */
    public static String clear() {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    /** The session id a request's cookie carries, or null. */
    static String of(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    /**
     * The values of every session cookie of a request before Jersey, empty ones too: a caller that handles only
     * the plain cases (none, or one) leaves the rest to the API, which decides them as it always has.
     */
    public static List<String> values(HttpServletRequest request) {
        javax.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName()))
                .map(javax.servlet.http.Cookie::getValue).toList();
    }
}
