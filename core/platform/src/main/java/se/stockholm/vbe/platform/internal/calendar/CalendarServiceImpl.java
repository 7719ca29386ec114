package se.stockholm.vbe.platform.internal.calendar;

import java.sql.Connection;
import java.sql.SQLException;
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
import se.stockholm.vbe.api.ConflictException;
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
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredDeadline;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.StoredWindow;
import se.stockholm.vbe.platform.internal.calendar.EventLedger.Draft;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * The deadline calendar: the coordinator's deadlines or the configured defaults per plan year, each committee's grant
 * windows (its editor's for a year, or its bundle's), and the feed's events, whose revisions (the iCalendar SEQUENCE)
 * the {@link EventLedger} keeps: a write or a read that serves other dates under a UID raises it, nothing lowers it.
 * Each write is one audited transaction.
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
        return feedYears(LocalDate.now(StoredTime.CITY));
    }

    @Override
    public YearDeadlines deadlines(int year) {
        PlanService.requireYear(year);
        return deadlines(year, database.read(connection -> CalendarStore.deadlines(connection, year)));
    }

    @Override
    public YearDeadlines setDeadlines(int year, YearDeadlines deadlines, Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("user " + actor.displayName()
                    + " may not set the calendar's deadlines (needs the role coordinator)");
        }
        PlanService.requireYear(year);
        requireSame("year", deadlines.year(), year);
        YearDeadlines wanted = new YearDeadlines(year, deadlines.t1(), deadlines.t2(), deadlines.annualReport(),
                deadlines.committeeAdoption(), deadlines.cityApproval(), null, null);
        DeadlineRules.check(wanted);
        Instant now = StoredTime.now();
        return database.transaction(connection -> {
            YearDeadlines before = deadlines(year, CalendarStore.deadlines(connection, year));
            List<StoredDeadline> after = new ArrayList<>();
            for (Deadline deadline : Deadline.values()) {
                after.add(new StoredDeadline(deadline, wanted.date(deadline), now, actor.displayName()));
            }
            CalendarStore.replaceDeadlines(connection, year, after);
            EventLedger.serve(connection, after.stream().map(d -> CalendarEvents.deadline(year, d)).toList(), now);
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
        PlanService.requireYear(year);
        CommitteeInfo committee = committee(committeeId);
        List<StoredWindow> stored = database.read(connection -> CalendarStore.windows(connection, committeeId, year));
        return windows(committee.id(), year, stored);
    }

    @Override
    public GrantWindows setGrantWindows(String committeeId, int year, GrantWindows windows, Actor actor) {
        PlanService.requireYear(year);
        CommitteeInfo committee = committee(committeeId);
        if (!actor.canEdit(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not set the grant windows of "
                    + committeeId + " (needs the role " + Actor.EDITOR_PREFIX + committeeId + ")");
        }
        requireSame("committeeId", windows.committeeId(), committeeId);
        requireSame("year", windows.year(), year);
        List<DatedGrantWindow> wanted = windows.windows();
        GrantWindow.checkYear(wanted.stream().map(DatedGrantWindow::title).toList(), "windows");
        for (int i = 0; i < wanted.size(); i++) {
            DatedGrantWindow window = wanted.get(i);
            if (window.opens().getYear() != year || window.closes().getYear() != year) {
                throw new InvalidInputException("windows[" + i + "]", "must lie in " + year + " (was "
                        + window.opens() + " to " + window.closes() + ")");
            }
        }
        Instant now = StoredTime.now();
        return database.transaction(connection -> {
            GrantWindows before = windows(committeeId, year, CalendarStore.windows(connection, committeeId, year));
            List<StoredWindow> after = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                after.add(new StoredWindow(committeeId, i + 1, wanted.get(i), now, actor.displayName()));
            }
            CalendarStore.replaceWindows(connection, committeeId, year, after);
            EventLedger.serve(connection, (after.isEmpty() ? fromBundle(committeeId, year) : after).stream()
                    .map(w -> CalendarEvents.grantWindow(year, committee, w)).toList(), now);
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
        LocalDate today = LocalDate.now(StoredTime.CITY);
        List<Draft> drafts = database.read(connection -> drafts(connection, included, today));
        List<CalendarEvent> events = database.read(connection -> EventLedger.asServed(connection, drafts));
        if (events == null) {
            events = record(drafts);
        }
        List<CalendarEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CalendarEvent::first).thenComparing(CalendarEvent::uid));
        return sorted;
    }

    /** Last year (its verksamhetsberättelse is due this year), this year and the next. */
    private static List<Integer> feedYears(LocalDate today) {
        int year = today.getYear();
        return List.of(year - 1, year, year + 1);
    }

    /** The feed's events before their revisions: every deadline and window of the feed years still in the feed. */
    private List<Draft> drafts(Connection connection, List<CommitteeInfo> included, LocalDate today)
            throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        for (int year : feedYears(today)) {
            effective(year, CalendarStore.deadlines(connection, year)).values()
                    .forEach(d -> drafts.add(CalendarEvents.deadline(year, d)));
            Map<String, List<StoredWindow>> windows = CalendarStore.windows(connection, year);
            for (CommitteeInfo committee : included) {
                List<StoredWindow> set = windows.getOrDefault(committee.id(), List.of());
                (set.isEmpty() ? fromBundle(committee.id(), year) : set)
                        .forEach(w -> drafts.add(CalendarEvents.grantWindow(year, committee, w)));
            }
        }
        drafts.removeIf(draft -> !CalendarEvents.inFeed(draft.event(), today));
        return drafts;
    }

    /** Records what is new or changed in the feed; a first serving another node recorded at once is read again. */
    private List<CalendarEvent> record(List<Draft> drafts) {
        try {
            return database.transaction(connection -> EventLedger.serve(connection, drafts, StoredTime.now()));
        } catch (ConflictException concurrent) {
            return database.transaction(connection -> EventLedger.serve(connection, drafts, StoredTime.now()));
        }
    }

    /** Each deadline as stored, or else the default's. */
    private Map<Deadline, StoredDeadline> effective(int year, Map<Deadline, StoredDeadline> stored) {
        YearDeadlines fallback = defaults.in(year);
        Map<Deadline, StoredDeadline> effective = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.values()) {
            effective.put(deadline, Objects.requireNonNullElseGet(stored.get(deadline),
                    () -> new StoredDeadline(deadline, fallback.date(deadline), null, null)));
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
                    window.opensIn(year), window.closesIn(year)), null, null));
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

    /** A body's field that repeats the path must name the same thing, or be left out. */
    private static void requireSame(String field, Object inBody, Object inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw new InvalidInputException(field, "is " + inBody + " but the path names " + inPath);
        }
    }
}
