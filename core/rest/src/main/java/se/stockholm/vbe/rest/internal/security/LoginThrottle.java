package se.stockholm.vbe.rest.internal.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing, for any way of signing in (HTTP Basic today, the web login form later).
 * Failures are counted per user name and client address, and per client address alone (a guesser trying
 * many user names); once a count reaches its limit, that key is blocked for {@code block}, doubled with
 * every further failure up to {@code maxBlock}. A blocked key is refused before any password is checked,
 * so the right password does not get through either. Blocks are per address on purpose: nobody can lock
 * a user out from another address. An IPv6 address counts as its /64 prefix, because one host usually owns
 * a whole /64 and could otherwise rotate through it. A success clears its user-and-address count, not the
 * address's, so a guesser cannot reset their own count with an account of their own.
 * <p>
 * Every {@link #attempt attempt} is counted as a failure before its password is checked, in the same step
 * as the block check, and a success takes that count back: checking the block, the password and counting
 * one after the other would let every guess sent in parallel through before the first failure is counted.
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

    /** One key's failure counted in advance by an attempt, and what its block was before. */
    private record Reserved(String key, Failures failures, Instant blockedBefore, Instant blockedAfter) {
    }

    /**
     * One sign-in attempt: refused, or counted as a failure in advance until {@link #succeeded()} takes the
     * count back. Exactly one of {@link #failed()} and {@link #succeeded()} is called for an attempt that
     * was not refused; one that is never settled (the password check threw) stays a failure.
     */
    public final class Attempt {
        private final Duration refusedFor;
        private final Reserved user;
        private final Reserved address;
        private boolean settled;

        private Attempt(Duration refusedFor, Reserved user, Reserved address) {
            this.refusedFor = refusedFor;
            this.user = user;
            this.address = address;
        }

        /** How long this user from this address must still wait, or empty if the password may be checked. */
        public Optional<Duration> refused() {
            return Optional.ofNullable(refusedFor);
        }

        /**
         * The password was wrong; the failure is already counted.
         *
         * @return how long this user from this address is now blocked, or empty if not (yet)
         */
        public Optional<Duration> failed() {
            synchronized (LoginThrottle.this) {
                settle();
                Instant now = clock.instant();
                Instant until = later(until(user), until(address));
                return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
            }
        }

        /** The password was right: clears the user-and-address count and takes back the address's failure. */
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                settle();
                if (user != null) {
                    keys.remove(user.key(), user.failures());
                }
                if (address != null) {
                    Failures failures = address.failures();
                    failures.count--;
                    if (failures.blockedUntil.equals(address.blockedAfter())) {
                        failures.blockedUntil = address.blockedBefore();
                    }
                }
            }
        }

        private void settle() {
            if (refusedFor != null || settled) {
                throw new IllegalStateException("this sign-in attempt was refused or has been settled already");
            }
            settled = true;
        }

        private static Instant until(Reserved reserved) {
            return reserved == null ? Instant.MIN : reserved.failures().blockedUntil;
        }
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

    /**
     * Starts a sign-in of {@code user} from {@code address}: refused if that user or address is blocked,
     * otherwise counted as a failure until it {@link Attempt#succeeded() succeeds}.
     */
    public synchronized Attempt attempt(String user, String address) {
        String client = client(address);
        Instant now = clock.instant();
        Optional<Duration> blocked = blocked(client, user, now);
        if (blocked.isPresent()) {
            return new Attempt(blocked.get(), null, null);
        }
        return new Attempt(null, reserve(userKey(user, client), limits.maxFailuresPerUser(), now),
                reserve(client, limits.maxFailuresPerAddress(), now));
    }

    /**
     * {@code user} from {@code address} signed in with a login remembered from a moment ago (no attempt was
     * needed): as after a successful attempt, that user's failures from that address are forgotten.
     */
    public synchronized void remembered(String user, String address) {
        keys.remove(userKey(user, client(address)));
    }

    /** How long {@code user} from {@code address} must still wait, or empty if they may try now. */
    public synchronized Optional<Duration> blocked(String user, String address) {
        return blocked(client(address), user, clock.instant());
    }

    /** How many keys are remembered now (for tests and reports). */
    public synchronized int size() {
        return keys.size();
    }

    private Optional<Duration> blocked(String client, String user, Instant now) {
        Instant until = later(blockedUntil(userKey(user, client), now), blockedUntil(client, now));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure of {@code key} in advance, blocking it once it reaches {@code maxFailures}. */
    private Reserved reserve(String key, int maxFailures, Instant now) {
        if (maxFailures <= 0) {
            return null;
        }
        Failures failures = current(key, now);
        if (failures == null) {
            failures = new Failures();
            keys.put(key, failures);
        }
        Instant before = failures.blockedUntil;
        failures.count++;
        failures.last = now;
        int beyond = failures.count - maxFailures;
        if (beyond >= 0) {
            failures.blockedUntil = now.plus(blockFor(beyond));
        }
        return new Reserved(key, failures, before, failures.blockedUntil);
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

    private static String userKey(String user, String client) {
        return client + '\0' + user;
    }

    /** The key of a client address: an IPv4 address as it is, an IPv6 address as its /64 prefix. */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // With a colon in it, this is only ever parsed as an IPv6 literal, never looked up in DNS.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
