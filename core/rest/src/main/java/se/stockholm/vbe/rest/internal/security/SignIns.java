package se.stockholm.vbe.rest.internal.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.Actor;

/**
 * Decides sign-ins with the login throttle, so that a client's parallel requests with the right password never
 * count as guesses: a login remembered a moment ago needs no attempt, and concurrent sign-ins with the same
 * credentials from one address are one attempt whose result they all share (a client with many connections,
 * when its remembered login runs out). An active block holds even for the right password. Every way of signing in
 * (HTTP Basic, the web application's form) goes through one instance, so they share the throttle and the log lines
 * of failures and blocks. Thread-safe.
 */
public final class SignIns {

    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    /**
     * What a sign-in came to: the caller; or, when empty, how long the client must wait (429) or nothing (401),
     * and whether this failure started a block.
     */
    public record Result(Optional<Actor> caller, Optional<Duration> retryAfter, Optional<Duration> blockStarted) {

        static Result signedIn(Actor caller) {
            return new Result(Optional.of(caller), Optional.empty(), Optional.empty());
        }

        static Result refused(Duration wait) {
            return new Result(Optional.empty(), Optional.of(wait), Optional.empty());
        }

        static Result failed(Optional<Duration> blockStarted) {
            return new Result(Optional.empty(), Optional.empty(), blockStarted);
        }
    }

    private final Authenticator authenticator;
    private final LoginThrottle throttle;
    private final Map<String, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();

    public SignIns(Authenticator authenticator, LoginThrottle throttle) {
        this.authenticator = authenticator;
        this.throttle = throttle;
    }

    /** Signs {@code user} in from {@code address}; a failure and a block it starts are logged, never the password. */
    public Result signIn(String user, String password, String address) {
        Optional<Duration> blocked = throttle.blocked(user, address);
        if (blocked.isPresent()) {
            return Result.refused(blocked.get());
        }
        Optional<Actor> remembered = rememberedUnblocked(user, password, address);
        if (remembered.isPresent()) {
            return Result.signedIn(remembered.get());
        }
        String key = address + "\n" + CachingAuthenticator.digest(user, password);
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            return shared(leader);
        }
        try {
            Result result = attempt(user, password, address);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * The caller of a login remembered a moment ago and not blocked now, without an attempt: empty means "not known
     * so cheaply", never "refused" ({@link #signIn} decides that). For a path that answers before the API's filters.
     */
    public Optional<Actor> remembered(String user, String password, String address) {
        return throttle.blocked(user, address).isPresent() ? Optional.empty()
                : rememberedUnblocked(user, password, address);
    }

    private Optional<Actor> rememberedUnblocked(String user, String password, String address) {
        Optional<Actor> remembered = authenticator.remembered(user, password);
        remembered.ifPresent(caller -> throttle.remembered(user, address));
        return remembered;
    }

    private Result attempt(String user, String password, String address) {
        LoginThrottle.Attempt attempt = throttle.attempt(user, address);
        if (attempt.refused().isPresent()) {
            return Result.refused(attempt.refused().get());
        }
        Optional<Actor> caller = authenticator.authenticate(user, password);
        if (caller.isEmpty()) {
            Optional<Duration> blockStarted = attempt.failed();
            LOG.warn("Sign-in failed for user '{}' from {}", printable(user), address);
            blockStarted.ifPresent(block -> LOG.warn(
                    "Sign-in for user '{}' from {} blocked for {} s after repeated failures",
                    printable(user), address, block.toSeconds()));
            return Result.failed(blockStarted);
        }
        attempt.succeeded();
        return Result.signedIn(caller.get());
    }

    private static Result shared(CompletableFuture<Result> leader) {
        try {
            return leader.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A user name as sent, made safe for one log line. */
    private static String printable(String user) {
        String cleaned = user.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() <= 64 ? cleaned : cleaned.substring(0, 64) + "…";
    }
}
