package se.stockholm.vbe.platform.internal.routine;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.routine.RoutineAdvice;
import se.stockholm.vbe.api.routine.RoutineAnswers;
import se.stockholm.vbe.api.routine.RoutineService;
import se.stockholm.vbe.api.routine.RoutineUsage;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * Answers the routine from {@link CityRoutine}, with the committee's contacts, and counts each use per committee and
 * month. The answer never waits for the count: guidance in an emergency must not fail because the database does.
 */
@Component(service = RoutineService.class)
public final class RoutineServiceImpl implements RoutineService {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineServiceImpl.class);

    private final Database database;
    private final CommitteeDirectory committees;
    private final Clock clock;

    @Activate
    public RoutineServiceImpl(@Reference Database database, @Reference CommitteeDirectory committees) {
        this(database, committees, Clock.system(StoredTime.CITY));
    }

    RoutineServiceImpl(Database database, CommitteeDirectory committees, Clock clock) {
        this.database = database;
        this.committees = committees;
        this.clock = clock;
    }

    @Override
    public RoutineAdvice advise(RoutineAnswers answers) {
        if (answers == null) {
            throw new InvalidInputException("body", "the answers immediateDanger, under18 and suspectedCrime are "
                    + "required");
        }
        boolean immediateDanger = required(answers.immediateDanger(), "immediateDanger");
        boolean under18 = required(answers.under18(), "under18");
        boolean suspectedCrime = required(answers.suspectedCrime(), "suspectedCrime");
        String committeeId = answers.committeeId() == null || answers.committeeId().isBlank() ? null
                : answers.committeeId();
        List<CommitteeContact> contacts = committeeId == null ? List.of() : committees.contacts(committeeId);
        YearMonth month = YearMonth.now(clock.withZone(StoredTime.CITY));
        count(committeeId, month);
        return new RoutineAdvice(CityRoutine.NAME, CityRoutine.SOURCE, committeeId,
                CityRoutine.steps(immediateDanger, under18, suspectedCrime, committeeId, month), contacts);
    }

    @Override
    public List<RoutineUsage> usage(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator reads how often the routine was used");
        }
        return database.read(RoutineUsageStore::all);
    }

    private static boolean required(Boolean answer, String field) {
        if (answer == null) {
            throw new InvalidInputException(field, "is required: answer true or false");
        }
        return answer;
    }

    private void count(String committeeId, YearMonth month) {
        try {
            try {
                countOnce(committeeId, month);
            } catch (ConflictException firstOfTheMonthOnTwoNodes) {
                countOnce(committeeId, month);
            }
        } catch (UnavailableException | ConflictException e) {
            LOG.warn("The routine was answered but its use was not counted: {}", e.getMessage());
        }
    }

    private void countOnce(String committeeId, YearMonth month) {
        database.transaction(connection -> {
            RoutineUsageStore.count(connection, committeeId, month);
            return null;
        });
    }
}
