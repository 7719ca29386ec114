package se.stockholm.vbe.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.Actor;

class SignInsTest {

    private static final String ADDRESS = "192.0.2.7";

    private final AtomicInteger logins = new AtomicInteger();
    private final CountDownLatch loginStarted = new CountDownLatch(1);
    private final CountDownLatch slowLogin = new CountDownLatch(1);
    private final ExecutorService clients = Executors.newFixedThreadPool(32);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, 20, Duration.ofSeconds(5), Duration.ofMinutes(15), 1_000), Clock.systemUTC());
    /** The user store: lasare/lasare, each login slow until the test lets it finish. */
    private final Authenticator store = (user, password) -> {
        logins.incrementAndGet();
        loginStarted.countDown();
        try {
            slowLogin.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return user.equals("lasare") && password.equals("lasare")
                ? Optional.of(Actor.user("lasare", Set.of(Actor.READER))) : Optional.empty();
    };
    private final SignIns signIns = new SignIns(new CachingAuthenticator(store, Duration.ofSeconds(60),
            Clock.systemUTC()), throttle);

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    @Test
    void manyParallelRequestsWithTheRightPasswordAreOneLoginAndNoneIsRefused() throws Exception {
        List<CompletableFuture<SignIns.Result>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            requests.add(CompletableFuture.supplyAsync(() -> signIns.signIn("lasare", "lasare", ADDRESS), clients));
        }
        assertTrue(loginStarted.await(10, TimeUnit.SECONDS));

        slowLogin.countDown();

        for (CompletableFuture<SignIns.Result> request : requests) {
            SignIns.Result result = request.get(10, TimeUnit.SECONDS);
            assertTrue(result.caller().isPresent(), result.toString());
        }
        assertEquals(1, logins.get(), "one login for all of them");
    }

    @Test
    void parallelGuessesWithDifferentPasswordsStillCountEachAndTheRightOneWaitsOutTheBlock() throws Exception {
        slowLogin.countDown();
        List<CompletableFuture<SignIns.Result>> guesses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String guess = "gissning-" + i;
            guesses.add(CompletableFuture.supplyAsync(() -> signIns.signIn("lasare", guess, ADDRESS), clients));
        }
        int refused = 0;
        for (CompletableFuture<SignIns.Result> guess : guesses) {
            SignIns.Result result = guess.get(10, TimeUnit.SECONDS);
            assertTrue(result.caller().isEmpty());
            refused += result.retryAfter().isPresent() ? 1 : 0;
        }

        assertEquals(16 - 5, refused, "only five guesses were checked");
        assertTrue(signIns.signIn("lasare", "lasare", ADDRESS).retryAfter().isPresent(),
                "the right password does not lift the block");
    }

    @Test
    void aRememberedLoginAfterABlockForgetsTheFailuresAsASuccessfulAttemptWould() {
        slowLogin.countDown();
        assertTrue(signIns.signIn("lasare", "lasare", ADDRESS).caller().isPresent());
        for (int i = 0; i < 4; i++) {
            assertTrue(signIns.signIn("lasare", "fel-" + i, ADDRESS).caller().isEmpty());
        }

        assertTrue(signIns.signIn("lasare", "lasare", ADDRESS).caller().isPresent(), "remembered, not blocked");

        assertTrue(signIns.signIn("lasare", "fel-5", ADDRESS).retryAfter().isEmpty(), "counting starts again");
        assertTrue(signIns.signIn("lasare", "lasare", ADDRESS).caller().isPresent());
    }
}
