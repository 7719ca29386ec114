package se.stockholm.vbe.rest.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing, for any way of signing in (HTTP Basic today, the web login form later).
 * Failures are counted per user name and client address, and per client address alone (a guesser trying
 * many user names); once a count reaches its limit, that key is blocked for {@code block}, doubled with
 * every further failure up to {@code maxBlock}. A blocked key is refused before any password is checked,
 * so the right password does not get through either. Blocks are per address on purpose: nobody can lock
 * a user out from another address. A success clears its user-and-address count, not the address's, so a
 * guesser cannot reset their own count with an account of their own.
 * <p>
 * Memory is bounded: at most {@code maxEntries} keys, the least recently used forgotten first, and a key
 * is forgotten once it has been quiet for {@code maxBlock}. Thread-safe.
 */
public final class LoginThrottle {

    /** Limits of the throttle; a limit of 0 failures turns that count off. */
    public record Limits(int maxFailuresPerUser, int maxFailuresPerAddress, Duration block, Duration maxBlock,
            int maxEntries) {
    }

    /** What one key has done lately. */
    private static final class Failures {
        int count;
        Instant last;
        Instant blockedUntil = Instant.MIN;
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> keys;

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.keys = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > limits.maxEntries();
            }
        };
    }

    /** How long {@code user} from {@code address} must still wait, or empty if they may try now. */
    public synchronized Optional<Duration> blocked(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(userKey(user, address), now), blockedUntil(addressKey(address), now));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Counts a failed sign-in.
     *
     * @return how long this user from this address is now blocked, or empty if not (yet)
     */
    public synchronized Optional<Duration> failed(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(count(userKey(user, address), limits.maxFailuresPerUser(), now),
                count(addressKey(address), limits.maxFailuresPerAddress(), now));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Clears the count of {@code user} from {@code address} after a successful sign-in. */
    public synchronized void succeeded(String user, String address) {
        keys.remove(userKey(user, address));
    }

    /** How many keys are remembered now (for tests and reports). */
    public synchronized int size() {
        return keys.size();
    }

    private Instant count(String key, int maxFailures, Instant now) {
        if (maxFailures <= 0) {
            return Instant.MIN;
        }
        Failures failures = current(key, now);
        if (failures == null) {
            failures = new Failures();
            keys.put(key, failures);
        }
        failures.count++;
        failures.last = now;
        int beyond = failures.count - maxFailures;
        if (beyond >= 0) {
            failures.blockedUntil = now.plus(blockFor(beyond));
        }
        return failures.blockedUntil;
    }

    /** {@code block} doubled {@code beyond} times, at most {@code maxBlock}. */
    private Duration blockFor(int beyond) {
        Duration block = limits.block();
        for (int i = 0; i < beyond && block.compareTo(limits.maxBlock()) < 0; i++) {
            block = block.multipliedBy(2);
        }
        return block.compareTo(limits.maxBlock()) < 0 ? block : limits.maxBlock();
    }

    private Instant blockedUntil(String key, Instant now) {
        Failures failures = current(key, now);
        return failures == null ? Instant.MIN : failures.blockedUntil;
    }

    /** The key's failures, or null once it has been quiet (and unblocked) for {@code maxBlock}. */
    private Failures current(String key, Instant now) {
        Failures failures = keys.get(key);
        if (failures != null && now.isAfter(later(failures.blockedUntil, failures.last.plus(limits.maxBlock())))) {
            keys.remove(key);
            return null;
        }
        return failures;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String user, String address) {
        return address + '\0' + user;
    }

    private static String addressKey(String address) {
        return address;
    }
}
