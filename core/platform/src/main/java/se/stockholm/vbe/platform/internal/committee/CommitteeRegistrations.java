package se.stockholm.vbe.platform.internal.committee;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * The committees as the tracker, the recorder, the directory and the health check share them: one immutable
 * {@link Registrations} replaced whole under one lock, and the refusals, logged and audited once each.
 */
@Component(service = CommitteeRegistrations.class)
public final class CommitteeRegistrations {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeRegistrations.class);

    private final CommitteeEvents events;
    private volatile Registrations current = Registrations.EMPTY;

    @Activate
    public CommitteeRegistrations(@Reference Database database) {
        this.events = new CommitteeEvents(database);
    }

    /** What is known now; never changes under the reader. */
    Registrations current() {
        return current;
    }

    /**
     * Replaces the picture with what {@code change} makes of it, one change at a time; a change that throws
     * changes nothing.
     */
    synchronized Registrations update(UnaryOperator<Registrations> change) {
        current = change.apply(current);
        return current;
    }

    /**
     * Takes in, in one change, the committees the database has recorded (by any node), each one that
     * {@code replaces} says should replace what is known of it now.
     */
    Registrations withRecorded(List<CommitteeInfo> recorded, BiPredicate<Registrations, CommitteeInfo> replaces) {
        return update(current -> {
            Registrations taken = current;
            for (CommitteeInfo committee : recorded) {
                if (replaces.test(current, committee)) {
                    taken = taken.withKnown(committee);
                }
            }
            return taken;
        });
    }

    CommitteeEvents events() {
        return events;
    }

    /** Refuses a committee service: logged, audited once per reason, and reported until the service goes. */
    void refuse(long serviceId, Bundle bundle, String source, Throwable e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.toString();
        LOG.error("Committee service from {} refused: {}", source, reason, e);
        events.refused(serviceId, bundle, reason);
        update(registrations -> registrations.withRefused(serviceId, new HealthProblem(source, reason)));
    }
}
