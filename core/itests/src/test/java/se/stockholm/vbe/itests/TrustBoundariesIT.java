package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The trust boundaries of issue 9, tried over HTTP in the default distribution as an attacker would.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final String PIN_PLAN = "/api/committees/rinkeby-kista/plans/2050";
    private static final String PIN_CHECKS = "/api/committees/alvsjo/grant-checks";

    // --- Defect 10: a personnummer in any typography is refused -------------------------------------------------

    @Test
    public void aPersonnummerInAnyTypographyIsRefusedInAPlanAndInAGrantCheckAndNothingIsStored() throws Exception {
        int checksBefore = pinJson(as("editor-alvsjo", "GET", PIN_CHECKS + "?limit=500", null)).size();

        for (Map.Entry<String, String> variant : pinTypographies().entrySet()) {
            String text = "Kontakt " + variant.getValue() + " (handläggare)";

            HttpResponse<String> plan = as("editor-rinkeby-kista", "PUT", PIN_PLAN,
                    PlansIT.plan(1).replace("Vandring med polis och boende", text));
            HttpResponse<String> check = as("editor-alvsjo", "POST", PIN_CHECKS,
                    pinGrant("802400-1235", "false").replace("Läxhjälp för unga", text));

            pinAssertProblem(variant.getKey(), plan, 422, "activities[0].description: personal identity numbers");
            pinAssertProblem(variant.getKey(), check, 422, "purpose: personal identity numbers");
        }

        assertEquals(404, as("samordnare", "GET", PIN_PLAN, null).statusCode());
        assertEquals(checksBefore, pinJson(as("editor-alvsjo", "GET", PIN_CHECKS + "?limit=500", null)).size());
    }

    @Test
    public void organisationNumbersPhoneNumbersDatesAmountsAndReferencesAreNotMistakenForOne() throws Exception {
        String text = "Föreningen 802400-1235, tel. 08-508 00 000, möte 2026-12-01 10:00, 1 250 000 kr, Dnr 1-2026";

        HttpResponse<String> plan = as("editor-rinkeby-kista", "PUT", "/api/committees/rinkeby-kista/plans/2051",
                PlansIT.plan(1).replace("Vandring med polis och boende", text));

        assertEquals(plan.body(), 201, plan.statusCode());
        assertEquals(text, pinJson(plan).get("activities").get(0).get("description").asText());
    }

    /** Built at run time, so that no file in the repository holds a personnummer; the date part is 1981-12-18. */
    private static Map<String, String> pinTypographies() {
        String date = "8112" + "18";
        String serial = "98" + "76";
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("en dash", date + "\u2013" + serial);
        variants.put("minus sign", date + "\u2212" + serial);
        variants.put("non-breaking space", date + "\u00a0" + serial);
        variants.put("spaced hyphen", date + " - " + serial);
        variants.put("spaced date", "81 12 18-" + serial);
        variants.put("full-width digits", pinFullWidth(date + "-" + serial));
        variants.put("zero-width space inside", date.substring(0, 4) + "\u200b" + date.substring(4) + "-" + serial);
        variants.put("slash", date + "/" + serial);
        variants.put("dot", date + "." + serial);
        variants.put("twelve digits", "19" + date + "-" + serial);
        variants.put("twelve digits, no separator", "19" + date + serial);
        variants.put("samordningsnummer with an en dash", "8112" + "78" + "\u2013" + "98" + "73");
        return variants;
    }

    private static String pinFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '\uff10') : (char) c));
        return wide.toString();
    }

    // --- Strict JSON: no coercion, no duplicate keys, no hidden characters --------------------------------------

    @Test
    public void jsonOfTheWrongTypeIsRefusedWith422NamingTheField() {
        String grant = pinGrant("802400-1235", "false");
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("an enum as a number", new String[] {grant.replace("\"ASSOCIATION_GRANT\"", "1"), "type"});
        cases.put("a boolean as 1", new String[] {grant.replace("\"targetsResidents\": true", "\"targetsResidents\": 1"),
            "targetsResidents"});
        cases.put("a boolean as a string", new String[] {grant.replace("\"religiousAffiliation\": false",
            "\"religiousAffiliation\": \"false\""), "organisation.religiousAffiliation"});
        cases.put("a number as a string", new String[] {grant.replace("25000", "\"25000\""), "amountSek"});
        cases.put("a fraction into a whole number", new String[] {grant.replace("25000", "100.7"), "amountSek"});
        cases.put("text as a number", new String[] {grant.replace("\"Läxhjälp för unga\"", "12"), "purpose"});
        cases.put("a key twice", new String[] {grant.replace("\"amountSek\": 25000", "\"amountSek\": 1, \"amountSek\": 25000"),
            "amountSek: is given more than once"});
        cases.put("a nested key twice", new String[] {grant.replace("\"democracy\": true",
            "\"democracy\": false, \"democracy\": true"), "declarations.democracy: is given more than once"});
        cases.put("a control character", new String[] {grant.replace("Läxhjälp", "Läx\\u0007hjälp"),
            "purpose contains control characters"});
        cases.put("a bidi override", new String[] {grant.replace("Läxhjälp", "Läx\u202ehjälp"),
            "purpose contains bidirectional control characters"});
        cases.put("a lone surrogate", new String[] {grant.replace("Läxhjälp", "Läx\\ud800hjälp"),
            "purpose contains an unpaired surrogate"});
        for (Map.Entry<String, String[]> refused : cases.entrySet()) {
            pinAssertProblem(refused.getKey(), as("editor-alvsjo", "POST", PIN_CHECKS, refused.getValue()[0]), 422,
                    refused.getValue()[1]);
        }

        String plans = "/api/committees/rinkeby-kista/plans/";
        assertEquals(201, as("editor-rinkeby-kista", "PUT", plans + 2052, PlansIT.plan(1)).statusCode());
        pinAssertProblem("a status as a number", as("editor-rinkeby-kista", "POST", plans + "2052/status",
                "{\"to\":1}"), 422, "to: ");
        pinAssertProblem("a boolean as a string in a plan", as("editor-rinkeby-kista", "PUT", plans + 2053,
                PlansIT.plan(1).replace("\"start\": \"2043-06\", \"end\": \"2044-05\"", "\"ongoing\": \"true\"")), 422,
                "activities[0].schedule.ongoing");
        pinAssertProblem("a bidi isolate in a plan", as("editor-rinkeby-kista", "PUT", plans + 2053,
                PlansIT.plan(1).replace("Kartläggning", "Kartl\u2066äggning")), 422,
                "title contains bidirectional control characters");
        assertEquals(404, as("samordnare", "GET", plans + 2053, null).statusCode());
    }

    // --- Paging: ?limit= and ?after= with Link rel="next" -------------------------------------------------------

    @Test
    public void theStopListIsPagedWithLinkRelNext() throws Exception {
        List<String> added = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String number = pinOrganisationNumber("80249900" + i);
            added.add(number);
            assertEquals(201, as("samordnare", "POST", "/api/admin/stop-list", """
                    {"organisationNumber": "%s", "name": "Förening %d", "reason": "Beslut", "decisionReference": "Dnr %d-2026"}
                    """.formatted(number, i, i)).statusCode());
        }

        List<String> seen = new ArrayList<>();
        int pages = pinFollowPages("/api/admin/stop-list?limit=2", 2,
                entry -> seen.add(entry.get("organisationNumber").asText()));

        assertTrue(seen.toString(), seen.containsAll(added));
        assertEquals("in order of organisation number", seen.stream().sorted().toList(), seen);
        assertTrue("pages: " + pages, pages >= 3);
        pinAssertProblem("limit over 500", as("samordnare", "GET", "/api/admin/stop-list?limit=501", null), 422, "limit");
        pinAssertProblem("limit no number", as("samordnare", "GET", "/api/admin/stop-list?limit=all", null), 422,
                "limit");
    }

    @Test
    public void grantChecksArePagedNewestFirstWithLinkRelNext() throws Exception {
        String checks = "/api/committees/hasselby-vallingby/grant-checks";
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, pinJson(as("editor-hasselby-vallingby", "POST", checks, pinGrant("802400-1235", "false")))
                    .get("id").asLong());
        }

        List<Long> seen = new ArrayList<>();
        pinFollowPages(checks + "?limit=2", 2, check -> seen.add(check.get("id").asLong()));

        assertEquals("newest first, each once", created, seen.subList(0, 5));
        assertEquals(seen.stream().sorted((a, b) -> Long.compare(b, a)).distinct().toList(), seen);
        HttpResponse<String> all = as("lasare", "GET", checks, null);
        assertNull("no next page while everything fits", all.headers().firstValue("Link").orElse(null));
        pinAssertProblem("a cursor that is no id", as("lasare", "GET", checks + "?after=newest", null), 422, "after");
    }

    @Test
    public void theCatalogueIsPagedWithLinkRelNext() throws Exception {
        String catalogue = "/api/committees/rinkeby-kista/catalogue";
        int size = pinJson(http.get(catalogue)).size();
        assertTrue("the sample catalogue has templates to page through", size >= 2);

        List<String> seen = new ArrayList<>();
        pinFollowPages(catalogue + "?limit=1", 1, template -> seen.add(template.get("id").asText()));

        assertEquals(size, seen.size());
        pinAssertProblem("an unknown cursor", http.get(catalogue + "?after=no-such-template"), 422, "after");
    }

    /** Follows rel="next" from {@code path}; every page is a JSON array of at most {@code limit}. Returns pages. */
    private int pinFollowPages(String path, int limit, java.util.function.Consumer<JsonNode> item) throws Exception {
        Pattern next = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
        int pages = 0;
        for (String at = path; at != null; pages++) {
            HttpResponse<String> page = as("samordnare", "GET", at, null);
            JsonNode items = pinJson(page);
            assertTrue(page.body(), items.isArray() && items.size() <= limit);
            items.forEach(item);
            Matcher link = next.matcher(page.headers().firstValue("Link").orElse(""));
            if (link.find()) {
                URI uri = URI.create(link.group(1));
                at = uri.getRawPath() + "?" + uri.getRawQuery();
                assertTrue(at, at.contains("limit=" + limit) && at.contains("after="));
            } else {
                at = null;
            }
            assertTrue("too many pages", pages < 1_000);
        }
        return pages;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static JsonNode pinJson(HttpResponse<String> response) throws Exception {
        assertTrue(response.body(), response.statusCode() < 300);
        return JSON.readTree(response.body());
    }

    private static void pinAssertProblem(String what, HttpResponse<String> response, int status, String detail) {
        assertEquals(what + ": " + response.body(), status, response.statusCode());
        assertTrue(what + ": " + response.body(), response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(what + ": " + response.body(), response.body().contains(detail));
    }

    /** A valid organisation number from nine digits and its Luhn check digit. */
    private static String pinOrganisationNumber(String nine) {
        for (int check = 0; check < 10; check++) {
            String ten = nine + check;
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int digit = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += digit > 9 ? digit - 9 : digit;
            }
            if (sum % 10 == 0) {
                return ten.substring(0, 6) + "-" + ten.substring(6);
            }
        }
        throw new AssertionError(nine);
    }

    private static String pinGrant(String organisationNumber, String religious) {
        return """
                {"type": "ASSOCIATION_GRANT",
                 "organisation": {"name": "Föreningen Exempel", "organisationNumber": "%s",
                                  "religiousAffiliation": %s, "politicalAffiliation": false},
                 "purpose": "Läxhjälp för unga", "amountSek": 25000, "targetsResidents": true,
                 "complementsCommitteeWork": true,
                 "declarations": {"democracy": true, "humanRights": true, "genderEquality": true, "nonViolence": true},
                 "previousGrantAccounted": true}
                """.formatted(organisationNumber, religious);
    }
}
