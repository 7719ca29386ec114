package se.stockholm.vbe.platform.internal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.calendar.CalendarEvent;
import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.calendar.DatedGrantWindow;
import se.stockholm.vbe.api.calendar.Deadline;
import se.stockholm.vbe.api.calendar.GrantWindows;
import se.stockholm.vbe.api.calendar.YearDeadlines;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredDeadline;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredWindow;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * The deadline calendar: the coordinator's deadlines or the configured defaults per plan year, each committee's grant
 * windows (its editor's for a year, or its bundle's), and the feed's events. A write that changes an event's dates
 * raises its revision (the iCalendar SEQUENCE) and its time of change; one that changes nothing keeps both. Each
 * write is one audited transaction.
 */
@Component(service = CalendarService.class, configurationPid = "se.stockholm.vbe.calendar")
@Designate(ocd = CalendarConfiguration.class)
public final class CalendarServiceImpl implements CalendarService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);

    private final Database database;
    private final CommitteeDirectory committees;
    private volatile DefaultDeadlines defaults;

    @Activate
    public CalendarServiceImpl(CalendarConfiguration configuration, @Reference Database database,
            @Reference CommitteeDirectory committees) {
        this.database = database;
        this.committees = committees;
        modified(configuration);
    }

    @Modified
    void modified(CalendarConfiguration configuration) {
        try {
            defaults = DefaultDeadlines.of(configuration);
        } catch (IllegalArgumentException e) {
            LOG.error("se.stockholm.vbe.calendar is not usable ({}); the default deadlines are the built-in ones",
                    e.getMessage());
            defaults = DefaultDeadlines.BUILT_IN;
        }
    }

    @Override
    public List<Integer> feedYears() {
        int year = LocalDate.now(StoredTime.CITY).getYear();
        return List.of(year, year + 1);
    }

    @Override
    public YearDeadlines deadlines(int year) {
        requireYear(year);
        return deadlines(year, database.read(connection -> CalendarStore.deadlines(connection, year)));
    }

    @Override
    public YearDeadlines setDeadlines(int year, YearDeadlines deadlines, Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("user " + actor.displayName()
                    + " may not set the calendar's deadlines (needs the role coordinator)");
        }
        requireYear(year);
        if (deadlines.year() != null && deadlines.year() != year) {
            throw new InvalidInputException("year", "is " + deadlines.year() + " but the path names " + year);
        }
        YearDeadlines wanted = new YearDeadlines(year, deadlines.t1(), deadlines.t2(), deadlines.annualReport(),
                deadlines.committeeAdoption(), deadlines.cityApproval(), null, null);
        DeadlineRules.check(wanted);
        Instant now = StoredTime.now();
        return database.transaction(connection -> {
            Map<Deadline, StoredDeadline> stored = CalendarStore.deadlines(connection, year);
            YearDeadlines before = deadlines(year, stored);
            Map<Deadline, StoredDeadline> current = effective(year, stored);
            List<StoredDeadline> after = new ArrayList<>();
            for (Deadline deadline : Deadline.values()) {
                StoredDeadline previous = current.get(deadline);
                LocalDate date = wanted.date(deadline);
                boolean changed = !date.equals(previous.date());
                after.add(new StoredDeadline(deadline, date, previous.revision() + (changed ? 1 : 0),
                        changed ? now : previous.modifiedAt(), now, actor.displayName()));
            }
            CalendarStore.replaceDeadlines(connection, year, after);
            YearDeadlines set = new YearDeadlines(year, wanted.t1(), wanted.t2(), wanted.annualReport(),
                    wanted.committeeAdoption(), wanted.cityApproval(), now, actor.displayName());
            AuditTrail.record(connection, AuditEntry.of(actor).action("calendar-deadlines")
                    .entity("calendar-deadlines", Integer.toString(year)).year(year)
                    .change(dates(before), dates(set)));
            LOG.info("Deadlines of {} set by {}", year, actor.displayName());
            return set;
        });
    }

    @Override
    public GrantWindows grantWindows(String committeeId, int year) {
        requireYear(year);
        CommitteeInfo committee = committee(committeeId);
        List<StoredWindow> stored = database.read(connection -> CalendarStore.windows(connection, committeeId, year));
        return windows(committee.id(), year, stored);
    }

    @Override
    public GrantWindows setGrantWindows(String committeeId, int year, GrantWindows windows, Actor actor) {
        requireYear(year);
        committee(committeeId);
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not set the grant windows of "
                    + committeeId + " (needs the role " + Actor.EDITOR_PREFIX + committeeId + ")");
        }
        List<DatedGrantWindow> wanted = windows.windows();
        if (wanted.size() > GrantWindow.MAX_PER_YEAR) {
            throw new InvalidInputException("windows", "at most " + GrantWindow.MAX_PER_YEAR + " windows a year (has "
                    + wanted.size() + ")");
        }
        for (int i = 0; i < wanted.size(); i++) {
            DatedGrantWindow window = wanted.get(i);
            if (window.opens().getYear() != year || window.closes().getYear() != year) {
                throw new InvalidInputException("windows[" + i + "]", "must lie in " + year + " (was "
                        + window.opens() + " to " + window.closes() + ")");
            }
            PersonalDataGuard.check(window.title(), "windows[" + i + "].title");
        }
        Instant now = StoredTime.now();
        return database.transaction(connection -> {
            List<StoredWindow> stored = CalendarStore.windows(connection, committeeId, year);
            List<StoredWindow> previous = stored.isEmpty() ? fromBundle(committeeId, year) : stored;
            GrantWindows before = windows(committeeId, year, stored);
            List<StoredWindow> after = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                StoredWindow earlier = i < previous.size() ? previous.get(i) : null;
                boolean changed = earlier == null || !earlier.window().equals(wanted.get(i));
                int revision = earlier == null ? 0 : earlier.revision() + (changed ? 1 : 0);
                after.add(new StoredWindow(committeeId, i + 1, wanted.get(i), revision,
                        changed ? now : earlier.modifiedAt(), now, actor.displayName()));
            }
            CalendarStore.replaceWindows(connection, committeeId, year, after);
            GrantWindows set = windows(committeeId, year, after);
            AuditTrail.record(connection, AuditEntry.of(actor).action("calendar-grant-windows")
                    .entity("calendar-grant-windows", committeeId + "/" + year).committee(committeeId).year(year)
                    .change(Fields.of(Map.of("windows", before.windows())),
                            Fields.of(Map.of("windows", set.windows()))));
            LOG.info("Grant windows of {} in {} set by {}: {}", committeeId, year, actor.displayName(), wanted.size());
            return set;
        });
    }

    @Override
    public List<CalendarEvent> events(String committeeId) {
        List<CommitteeInfo> included = committeeId == null ? committees.committees() : List.of(committee(committeeId));
        List<CalendarEvent> events = new ArrayList<>();
        for (int year : feedYears()) {
            Map<Deadline, StoredDeadline> deadlines = database.read(connection -> CalendarStore.deadlines(connection,
                    year));
            effective(year, deadlines).values().forEach(d -> events.add(CalendarEvents.deadline(year, d)));
            Map<String, List<StoredWindow>> windows = database.read(connection -> CalendarStore.windows(connection,
                    year));
            for (CommitteeInfo committee : included) {
                List<StoredWindow> set = windows.getOrDefault(committee.id(), List.of());
                (set.isEmpty() ? fromBundle(committee.id(), year) : set)
                        .forEach(w -> events.add(CalendarEvents.grantWindow(year, committee, w)));
            }
        }
        events.sort(Comparator.comparing(CalendarEvent::first).thenComparing(CalendarEvent::uid));
        return events;
    }

    /** Each deadline as stored, or else the default's, unchanged since it was never set. */
    private Map<Deadline, StoredDeadline> effective(int year, Map<Deadline, StoredDeadline> stored) {
        YearDeadlines fallback = defaults.in(year);
        Map<Deadline, StoredDeadline> effective = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            effective.put(deadline, Objects.requireNonNullElseGet(stored.get(deadline),
                    () -> new StoredDeadline(deadline, fallback.date(deadline), 0, null, null, null)));
        }
        return effective;
    }

    private YearDeadlines deadlines(int year, Map<Deadline, StoredDeadline> stored) {
        Map<Deadline, StoredDeadline> effective = effective(year, stored);
        StoredDeadline any = stored.values().stream().findFirst().orElse(null);
        return new YearDeadlines(year, effective.get(Deadline.T1).date(), effective.get(Deadline.T2).date(),
                effective.get(Deadline.ANNUAL_REPORT).date(), effective.get(Deadline.COMMITTEE_ADOPTION).date(),
                effective.get(Deadline.CITY_APPROVAL).date(), any == null ? null : any.changedAt(),
                any == null ? null : any.changedBy());
    }

    /** The windows the committee's bundle gives, in a year; none while it is offline on this node. */
    private List<StoredWindow> fromBundle(String committeeId, int year) {
        List<GrantWindow> windows = committees.grantWindows(committeeId);
        List<StoredWindow> dated = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            GrantWindow window = windows.get(i);
            dated.add(new StoredWindow(committeeId, i + 1, new DatedGrantWindow(window.title(),
                    window.opensIn(year), window.closesIn(year)), 0, null, null, null));
        }
        return dated;
    }

    private GrantWindows windows(String committeeId, int year, List<StoredWindow> stored) {
        List<StoredWindow> shown = stored.isEmpty() ? fromBundle(committeeId, year) : stored;
        StoredWindow any = stored.isEmpty() ? null : stored.get(0);
        return new GrantWindows(committeeId, year, shown.stream().map(StoredWindow::window).toList(),
                any == null ? null : any.changedAt(), any == null ? null : any.changedBy());
    }

    private CommitteeInfo committee(String committeeId) {
        return committees.committee(committeeId).orElseThrow(() -> new NotFoundException("no committee "
                + committeeId));
    }

    private static Map<String, String> dates(YearDeadlines deadlines) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            fields.put(DeadlineRules.field(deadline), String.valueOf(deadlines.date(deadline)));
        }
        return fields;
    }

    private static void requireYear(int year) {
        if (year < PlanService.MIN_YEAR || year > PlanService.MAX_YEAR) {
            throw new InvalidInputException("year", "must be between " + PlanService.MIN_YEAR + " and "
                    + PlanService.MAX_YEAR + " (was " + year + ")");
        }
    }
}
