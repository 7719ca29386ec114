package se.stockholm.vbe.platform.internal.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import se.stockholm.vbe.platform.internal.db.Database;

/**
 * The database's answer to the health probe, queried at most once a second: the probe is a real query and a
 * rolled-back write, and /api/health is public, so a client calling it in a loop must not be able to occupy
 * the connection pool or queue on the row the write locks.
 */
final class DatabaseProbe {

    static final Duration FRESH = Duration.ofSeconds(1);

    /** The last answer: the problem, or none. */
    private record Answer(Optional<String> problem, Instant at) {
    }

    private final Database database;
    private final Clock clock;
    private volatile Answer last;

    DatabaseProbe(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * What is wrong with the database, or {@code null}. A database known to be down says so at once, without a
     * query; otherwise one caller at a time asks it again once the last answer is stale.
     */
    String problem() {
        if (!database.isAvailable()) {
            return database.problem();
        }
        Answer answer = last;
        if (answer == null || stale(answer)) {
            synchronized (this) {
                answer = last;
                if (answer == null || stale(answer)) {
                    answer = new Answer(Optional.ofNullable(database.problem()), clock.instant());
                    last = answer;
                }
            }
        }
        return answer.problem().orElse(null);
    }

    private boolean stale(Answer answer) {
        return !clock.instant().isBefore(answer.at().plus(FRESH));
    }
}
