package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The deadline calendar over real HTTP in the unpacked distribution (on the run's database: Derby, or PostgreSQL in
 * the second execution), its feeds parsed by the real iCalendar library (ical4j): the defaults of etc/, a year the
 * coordinator sets, grant windows from a committee's descriptor and from its editor, stable UIDs, 304, and bad input
 * refused with nothing written.
 */
class CalendarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THIS_YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    private static final int NEXT_YEAR = THIS_YEAR + 1;
    private static final String DOMAIN = "@vbe.stockholm.se";

    private static KarafInstallation karaf;
    private static Http http;

    @BeforeAll
    static void startWithDefaultsInEtc() {
        karaf = KarafInstallation.unpack(Path.of("target/calendar-" + VbeDistribution.database()));
        if (VbeDistribution.database().equals("postgresql")) {
            String datasource = "etc/org.ops4j.datasource-vbe.cfg";
            karaf.setProperty(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            karaf.setProperty(datasource, "url", PostgresServer.get().createDatabase("vbe_calendar"));
            karaf.setProperty(datasource, "user", PostgresServer.USER);
            karaf.setProperty(datasource, "password", PostgresServer.PASSWORD);
        }
        karaf.setProperty("etc/se.stockholm.vbe.calendar.cfg", "t1", "05-20");
        karaf.setProperty("etc/se.stockholm.vbe.calendar.cfg", "annualReport", "02-28");
        karaf.start();
        http = karaf.http();
    }

    @AfterAll
    static void stop() {
        KarafInstallation.stopIfRunning(karaf);
    }

    @Test
    void theCityFeedCarriesTheDefaultsOfEtcAsAllDayEventsWithSwedishTitlesInAValidCalendar() throws Exception {
        HttpResponse<String> response = http.get("/api/calendar.ics");

        assertEquals(200, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "");
        assertEquals("text/calendar;charset=utf-8", type);
        assertTrue(response.headers().firstValue("ETag").isPresent());
        for (String line : response.body().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            assertFalse(line.contains("\n"), "CRLF line ends only");
        }
        Calendar calendar = parse(response.body());
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        Map<String, VEvent> events = events(calendar);
        VEvent t1 = events.get("t1-" + THIS_YEAR + DOMAIN);
        assertNotNull(t1, events.keySet().toString());
        assertEquals(THIS_YEAR + "0520", value(t1, Property.DTSTART), "t1 = 05-20 from etc/");
        assertEquals("DATE", t1.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue());
        assertEquals(THIS_YEAR + "0521", value(t1, Property.DTEND), "an all-day event ends the day after");
        assertEquals("Tertialrapport 1 " + THIS_YEAR + ": sista dag", value(t1, Property.SUMMARY));
        assertTrue(value(t1, Property.DESCRIPTION).contains("januari–april"), value(t1, Property.DESCRIPTION));
        assertEquals("0", value(t1, Property.SEQUENCE));
        assertEquals(value(t1, Property.DTSTAMP), value(t1, Property.LAST_MODIFIED));
        assertEquals(NEXT_YEAR + "0228", value(events.get("vb-" + THIS_YEAR + DOMAIN), Property.DTSTART),
                "the verksamhetsberättelse falls in the year after, 02-28 from etc/");
        assertEquals(THIS_YEAR + "0915", value(events.get("t2-" + THIS_YEAR + DOMAIN), Property.DTSTART),
                "t2 left at the shipped default");
        for (String key : List.of("t1", "t2", "vb", "adoption", "approval")) {
            assertTrue(events.containsKey(key + "-" + NEXT_YEAR + DOMAIN), "next year's " + key + " too");
        }
        assertEquals(THIS_YEAR + "0228", value(events.get("vb-" + (THIS_YEAR - 1) + DOMAIN), Property.DTSTART),
                "last year's verksamhetsberättelse is due this year, so it is in the feed (from 1 January on)");
        assertFalse(events.containsKey("t1-" + (THIS_YEAR - 1) + DOMAIN), "last year's tertials are over");
        assertFalse(events.containsKey("approval-" + (THIS_YEAR - 1) + DOMAIN), "and its approval");
    }

    @Test
    void aYearTheCoordinatorSetsKeepsItsUidsAndRaisesTheSequenceOfTheChangedDateOnly() throws Exception {
        String feed = http.get("/api/calendar.ics").body();
        assertEquals(feed, http.get("/api/calendar.ics").body(), "two reads, the same bytes");
        VEvent t2Before = events(parse(feed)).get("t2-" + NEXT_YEAR + DOMAIN);

        HttpResponse<String> set = http.call("PUT", "/api/admin/calendar/" + NEXT_YEAR, deadlines(NEXT_YEAR,
                "05-20", "09-20", "02-28", "05-31", "06-30"), "samordnare", "samordnare");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("samordnare", JSON.readTree(set.body()).get("changedBy").asText());

        Map<String, VEvent> events = events(parse(http.get("/api/calendar.ics").body()));
        VEvent t2 = events.get("t2-" + NEXT_YEAR + DOMAIN);
        assertEquals(NEXT_YEAR + "0920", value(t2, Property.DTSTART));
        assertEquals("1", value(t2, Property.SEQUENCE), "the same UID with a higher SEQUENCE");
        assertNotEquals(value(t2Before, Property.LAST_MODIFIED), value(t2, Property.LAST_MODIFIED));
        assertEquals("0", value(events.get("t1-" + NEXT_YEAR + DOMAIN), Property.SEQUENCE),
                "a date set to what it was (05-20 from etc/) keeps its sequence");

        http.call("PUT", "/api/admin/calendar/" + NEXT_YEAR, deadlines(NEXT_YEAR, "05-20", "09-25", "02-28",
                "05-31", "06-30"), "samordnare", "samordnare");
        assertEquals("2", value(events(parse(http.get("/api/calendar.ics").body())).get("t2-" + NEXT_YEAR + DOMAIN),
                Property.SEQUENCE));
        JsonNode stored = JSON.readTree(http.get("/api/admin/calendar/" + NEXT_YEAR).body());
        assertEquals(NEXT_YEAR + "-09-25", stored.get("t2").asText());
        assertTrue(audit("calendar-deadlines").contains(Integer.toString(NEXT_YEAR)));
    }

    @Test
    void aCommitteesWindowsKeepTheirUidsAndASequenceThatNeverGoesDownWhenAWindowIsRevertedOrReturns() throws Exception {
        String uidThisYear = "grant-window-hasselby-vallingby-1-" + THIS_YEAR + DOMAIN;
        String uidNextYear = "grant-window-hasselby-vallingby-1-" + NEXT_YEAR + DOMAIN;
        Map<String, VEvent> before = events(parse(http.get("/api/committees/hasselby-vallingby/calendar.ics").body()));
        assertEquals(THIS_YEAR + "0901", value(before.get(uidThisYear), Property.DTSTART), "from the descriptor");
        assertEquals(THIS_YEAR + "1016", value(before.get(uidThisYear), Property.DTEND), "closes 10-15 inclusive");
        assertTrue(value(before.get(uidThisYear), Property.SUMMARY).startsWith("Hässelby-Vällingby stadsdelsnämnd: "));

        HttpResponse<String> set = http.call("PUT", "/api/committees/hasselby-vallingby/calendar/" + NEXT_YEAR
                + "/grant-windows", "{\"windows\": [{\"title\": \"Ansökan om föreningsbidrag\", \"opens\": \""
                + NEXT_YEAR + "-08-15\", \"closes\": \"" + NEXT_YEAR + "-09-30\"}]}", "editor-hasselby-vallingby",
                "editor");
        assertEquals(200, set.statusCode(), set.body());

        Map<String, VEvent> after = events(parse(http.get("/api/committees/hasselby-vallingby/calendar.ics").body()));
        assertEquals(NEXT_YEAR + "0815", value(after.get(uidNextYear), Property.DTSTART));
        assertEquals("1", value(after.get(uidNextYear), Property.SEQUENCE), "replaces the descriptor's window");
        assertEquals("0", value(after.get(uidThisYear), Property.SEQUENCE), "this year still the descriptor's");
        assertTrue(after.containsKey("t1-" + THIS_YEAR + DOMAIN), "the city's deadlines too");
        assertTrue(events(parse(http.get("/api/calendar.ics").body())).containsKey(uidNextYear),
                "the city feed carries every committee's windows");
        assertFalse(events(parse(http.get("/api/committees/alvsjo/calendar.ics").body())).containsKey(uidNextYear),
                "another committee's feed does not");
        assertEquals(404, http.get("/api/committees/atlantis/calendar.ics").statusCode());

        assertEquals(200, setWindows(NEXT_YEAR, "[]").statusCode());
        VEvent bundles = hasselbyEvents().get(uidNextYear);
        assertEquals(NEXT_YEAR + "0901", value(bundles, Property.DTSTART), "[]: the descriptor's window again");
        assertEquals("2", value(bundles, Property.SEQUENCE), "under a UID that carried 1: higher, never back to 0");
        assertTrue(value(bundles, Property.LAST_MODIFIED).compareTo(value(after.get(uidNextYear),
                Property.LAST_MODIFIED)) >= 0, "modified when it returned");
        assertNotEquals(THIS_YEAR + "0101T000000Z", value(bundles, Property.LAST_MODIFIED),
                "not the fixed instant of a date nobody changed");
        assertEquals(200, setWindows(NEXT_YEAR, "[" + window("08-15", "09-30") + "]").statusCode());
        assertEquals("3", value(hasselbyEvents().get(uidNextYear), Property.SEQUENCE), "reverted: higher again");

        String second = "grant-window-hasselby-vallingby-2-" + NEXT_YEAR + DOMAIN;
        assertEquals(200, setWindows(NEXT_YEAR, "[" + window("08-15", "09-30") + ", "
                + window("11-01", "11-30") + "]").statusCode());
        assertEquals("0", value(hasselbyEvents().get(second), Property.SEQUENCE));
        assertEquals(200, setWindows(NEXT_YEAR, "[" + window("08-15", "09-30") + "]").statusCode());
        assertFalse(hasselbyEvents().containsKey(second), "a shorter list drops the second window");
        assertEquals(200, setWindows(NEXT_YEAR, "[" + window("08-15", "09-30") + ", "
                + window("12-01", "12-15") + "]").statusCode());
        VEvent returned = hasselbyEvents().get(second);
        assertEquals(NEXT_YEAR + "1201", value(returned, Property.DTSTART));
        assertEquals("1", value(returned, Property.SEQUENCE), "a position that returns with other dates goes up");
        assertEquals("3", value(hasselbyEvents().get(uidNextYear), Property.SEQUENCE), "the first one unchanged");
    }

    private static HttpResponse<String> setWindows(int year, String windows) {
        return http.call("PUT", "/api/committees/hasselby-vallingby/calendar/" + year + "/grant-windows",
                "{\"windows\": " + windows + "}", "editor-hasselby-vallingby", "editor");
    }

    /** A window of the next year in JSON. */
    private static String window(String opens, String closes) {
        return "{\"title\": \"Ansökan om föreningsbidrag\", \"opens\": \"" + NEXT_YEAR + "-" + opens
                + "\", \"closes\": \"" + NEXT_YEAR + "-" + closes + "\"}";
    }

    private static Map<String, VEvent> hasselbyEvents() throws Exception {
        return events(parse(http.get("/api/committees/hasselby-vallingby/calendar.ics").body()));
    }

    @Test
    void aCurrentIfNoneMatchIsNotModified() {
        HttpResponse<String> first = http.get("/api/calendar.ics");
        String tag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(http.request("/api/calendar.ics").GET().header("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> committee = http.get("/api/committees/alvsjo/calendar.ics");
        assertEquals(304, http.send(http.request("/api/committees/alvsjo/calendar.ics").GET().header("If-None-Match",
                committee.headers().firstValue("ETag").orElseThrow())).statusCode());
        assertEquals(200, http.send(http.request("/api/calendar.ics").GET().header("If-None-Match", "\"stale\""))
                .statusCode());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        String feed = http.get("/api/calendar.ics").body();
        String path = "/api/admin/calendar/" + THIS_YEAR;

        assertProblem(http.call("PUT", path, deadlines(THIS_YEAR, "02-30", "09-15", "02-15", "05-31", "06-30"),
                "samordnare", "samordnare"), 422, "t1");
        assertProblem(http.call("PUT", path, deadlines(THIS_YEAR, "09-15", "05-15", "02-15", "05-31", "06-30"),
                "samordnare", "samordnare"), 422, "t2");
        assertProblem(http.call("PUT", path, deadlines(THIS_YEAR, "05-15", "09-15", "02-15", "06-30", "05-31"),
                "samordnare", "samordnare"), 422, "cityApproval");
        assertProblem(http.call("PUT", path, "{\"t1\": \"" + THIS_YEAR + "-05-15\"}", "samordnare", "samordnare"),
                422, "t2");
        assertProblem(http.call("PUT", "/api/admin/calendar/1999", deadlines(1999, "05-15", "09-15", "02-15",
                "05-31", "06-30"), "samordnare", "samordnare"), 422, "year");
        assertProblem(http.call("PUT", path, deadlines(THIS_YEAR, "05-15", "09-15", "02-15", "05-31", "06-30"),
                "editor-alvsjo", "editor"), 403, null);
        assertProblem(http.call("PUT", path, deadlines(THIS_YEAR, "05-15", "09-15", "02-15", "05-31", "06-30"),
                null, null), 401, null);
        String windows = "/api/committees/alvsjo/calendar/" + THIS_YEAR + "/grant-windows";
        assertProblem(http.call("PUT", windows, "{\"windows\": [{\"title\": \"Bidrag\", \"opens\": \"" + THIS_YEAR
                + "-10-01\", \"closes\": \"" + THIS_YEAR + "-03-01\"}]}", "editor-alvsjo", "editor"), 422, null);
        assertProblem(http.call("PUT", windows, "{\"windows\": [{\"title\": \"Bidrag\", \"opens\": \"" + NEXT_YEAR
                + "-01-01\", \"closes\": \"" + NEXT_YEAR + "-01-31\"}]}", "editor-alvsjo", "editor"), 422,
                "windows[0]");
        assertProblem(http.call("PUT", windows, "{\"windows\": []}", "editor-hasselby-vallingby", "editor"), 403,
                null);
        assertProblem(http.call("PUT", windows, "{\"year\": " + NEXT_YEAR + ", \"windows\": []}", "editor-alvsjo",
                "editor"), 422, "year");
        assertProblem(http.call("PUT", windows, "{\"committeeId\": \"hasselby-vallingby\", \"windows\": []}",
                "editor-alvsjo", "editor"), 422, "committeeId");
        assertProblem(http.call("PUT", path, "{\"year\": " + NEXT_YEAR + ", " + deadlines(THIS_YEAR, "05-15",
                "09-15", "02-15", "05-31", "06-30").substring(1), "samordnare", "samordnare"), 422, "year");

        JsonNode year = JSON.readTree(http.get(path).body());
        assertFalse(year.hasNonNull("changedAt"), "still the defaults: " + year);
        assertEquals(List.of(), JSON.readTree(http.get(windows).body()).get("windows").findValuesAsText("title"));
        assertEquals(feed, http.get("/api/calendar.ics").body(), "the feed unchanged");
    }

    private static String deadlines(int year, String t1, String t2, String annualReport, String adoption,
            String approval) {
        return "{\"t1\": \"" + year + "-" + t1 + "\", \"t2\": \"" + year + "-" + t2 + "\", \"annualReport\": \""
                + (year + 1) + "-" + annualReport + "\", \"committeeAdoption\": \"" + year + "-" + adoption
                + "\", \"cityApproval\": \"" + year + "-" + approval + "\"}";
    }

    private static String audit(String action) {
        HttpResponse<String> response = http.get("/api/audit?entity=" + action, "samordnare", "samordnare");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        Map<String, VEvent> events = new LinkedHashMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            events.put(value(event, Property.UID), event);
        }
        return events;
    }

    private static String value(VEvent event, String property) {
        assertNotNull(event, "no such event");
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        if (field != null) {
            assertEquals(field, JSON.readTree(response.body()).path("field").asText(), response.body());
        }
    }
}
