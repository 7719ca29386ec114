package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The consolidated view of a year as spreadsheets for the city, over real HTTP in the distribution as shipped:
 * the CSV and the XLSX read back with real parsers and compared with the JSON view of the same caller; a draft
 * (with a title that would be a formula) in the sheets of those who may see it and absent from the public's; the
 * JSON view's filters; an ETag per form and audience with 304; 406 for a form the view does not have; and the
 * download links of the start page in a real Chromium.
 */
class SpreadsheetsIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("spreadsheets");

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("Nämnd", "Nämndtyp", "År", "Planstatus", "Område",
            "Aktivitet", "Ansvarig", "Samverkanspartner", "Tidplan", "Uppföljning T1 status",
            "Uppföljning T1 kommentar", "Uppföljning T2 status", "Uppföljning T2 kommentar", "Uppföljning VB status",
            "Uppföljning VB kommentar");
    private static final String DRAFT_TITLE = "=1+1 Hemlig utkastaktivitet";
    private static final int DRAFT_YEAR = 2045;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http = PLATFORM.http();

    @BeforeAll
    static void anAlvsjoDraftOnlyItsEditorsReadersAndTheCoordinatorMaySee() {
        String draft = """
                {"coordinatorRole": "Preventionssamordnare", "nextRevision": "Tertialrapport 1",
                 "situationPicture": {"sections": [], "incidents": []},
                 "activities": [{"title": "%s", "area": "COLLABORATION", "responsible": ["Enheten för trygghet"],
                   "partners": ["Polisen; lokalpolisområde Globen"], "schedule": {"start": "%d-03", "end": "%d-10"},
                   "followUpIn": ["T1", "ANNUAL_REPORT"]}]}
                """.formatted(DRAFT_TITLE, DRAFT_YEAR, DRAFT_YEAR);
        HttpResponse<String> created = PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/" + DRAFT_YEAR, draft,
                "editor-alvsjo", "editor");
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void theCsvHasOneRowPerActivityOfTheJsonViewLedByAByteOrderMark() throws IOException {
        HttpResponse<byte[]> csv = get("/api/plans/2019?format=csv", null);

        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", contentType(csv));
        assertEquals("attachment; filename=\"handlingsplaner-2019.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + String.join(";", HEADER) + "\r\n"), text);
        List<String[]> rows = parse(csv);
        int activities = activities(json("/api/plans/2019", null));
        assertTrue(activities > 0, "the sample committees have activities in 2019");
        assertEquals(activities, rows.size() - 1);
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(HEADER.size(), row.length, Arrays.toString(row));
            assertEquals("2019", row[2]);
            assertTrue(List.of("Antagen", "Godkänd", "Arkiverad").contains(row[3]), "public plans only: " + row[3]);
        }
    }

    @Test
    void theWorkbookHasTheActivitiesAndTheCitySummaryOfTheSameView() throws IOException {
        HttpResponse<byte[]> xlsx = get("/api/plans/2019?format=xlsx", null);
        JsonNode view = json("/api/plans/2019", null);

        assertEquals(200, xlsx.statusCode());
        assertEquals(XLSX, contentType(xlsx));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Aktiviteter", "Stadens sammanställning"), sheets.stream().map(Sheet::getName).toList());
            List<Row> activities = sheets.get(0).read();
            assertEquals(HEADER, texts(activities.get(0)));
            assertEquals(activities(view), activities.size() - 1);
            List<Row> summary = sheets.get(1).read();
            assertEquals(view.get("summary").get("activities").asText(), valueOf(summary, "Aktiviteter"));
            assertEquals(view.get("summary").get("incidents").get("total").asText(), valueOf(summary, "Totalt"),
                    "the public's figure, as the JSON gives it");
            List<String> withoutPlan = new ArrayList<>();
            for (JsonNode id : view.get("summary").get("committeesWithoutPlan")) {
                withoutPlan.add(json("/api/committees/" + id.asText(), null).get("name").asText());
            }
            assertEquals(String.join(", ", withoutPlan), valueOf(summary, "Nämnder utan plan"), "by name");
            assertEquals("2019", valueOf(summary, "Godkända rapporter från medarbetare"),
                    "the accepted reports, this year beside last");
        }
    }

    @Test
    void aDraftIsInTheSheetsOfThoseWhoMaySeeItAndAbsentFromWhatAnAnonymousCallerGets() throws IOException {
        String year = "/api/plans/" + DRAFT_YEAR;

        List<String[]> readers = parse(get(year + "?format=csv", "lasare"));
        assertEquals(2, readers.size());
        assertEquals("'" + DRAFT_TITLE, readers.get(1)[5], "a formula is shown as text");
        assertEquals("Utkast", readers.get(1)[3]);
        assertEquals("Polisen; lokalpolisområde Globen", readers.get(1)[7]);
        assertEquals("Ej rapporterad", readers.get(1)[9]);
        assertEquals("", readers.get(1)[11], "not followed up in T2");
        try (ReadableWorkbook workbook = workbook(get(year + "?format=xlsx", "lasare"))) {
            Cell title = workbook.getFirstSheet().read().get(1).getCell(5);
            assertEquals(CellType.STRING, title.getType());
            assertNull(title.getFormula());
            assertEquals(DRAFT_TITLE, title.asString());
        }

        HttpResponse<byte[]> anonymousCsv = get(year + "?format=csv", null);
        assertEquals(List.of(HEADER), parse(anonymousCsv).stream().map(Arrays::asList).toList());
        assertFalse(new String(anonymousCsv.body(), StandardCharsets.UTF_8).contains("Hemlig"));
        try (ReadableWorkbook workbook = workbook(get(year + "?format=xlsx", null))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    assertFalse(texts(row).toString().contains("Hemlig"), texts(row).toString());
                }
            }
        }
    }

    @Test
    void theFiltersOfTheJsonViewApplyToTheSheets() throws IOException {
        List<String[]> specialist = parse(get("/api/plans/2019?committeeKind=SPECIALIST&format=csv", null));
        assertEquals(activities(json("/api/plans/2019?committeeKind=SPECIALIST", null)), specialist.size() - 1);
        specialist.subList(1, specialist.size()).forEach(row -> assertEquals("Facknämnd", row[1]));

        List<String[]> collaboration = parse(get("/api/plans/2019?area=COLLABORATION&format=csv", null));
        assertEquals(activities(json("/api/plans/2019?area=COLLABORATION", null)), collaboration.size() - 1);
        collaboration.subList(1, collaboration.size()).forEach(row -> assertEquals("Samverkan", row[4]));
        assertTrue(parse(get("/api/plans/2019?format=csv", null)).size() > collaboration.size(), "the filter narrowed");

        assertEquals(400, get("/api/plans/2019?area=NOPE&format=csv", null).statusCode());
    }

    @Test
    void eachFormAndAudienceHasItsOwnTagAndACurrentTagIs304() {
        String json = tag(get("/api/plans/2019", null));
        String csv = tag(get("/api/plans/2019?format=csv", null));
        String xlsx = tag(get("/api/plans/2019?format=xlsx", null));
        String readersCsv = tag(get("/api/plans/2019?format=csv", "lasare"));

        assertEquals(4, List.of(json, csv, xlsx, readersCsv).stream().distinct().count());
        assertEquals("Authorization, Accept", get("/api/plans/2019?format=csv", null).headers().firstValue("Vary")
                .orElse(""), "a shared cache keeps each form apart");
        assertEquals(csv, tag(send(http.request("/api/plans/2019").header("Accept", "text/csv"))),
                "Accept: text/csv is the same CSV as ?format=csv");
        assertEquals(304, send(http.request("/api/plans/2019?format=csv").header("If-None-Match", csv)).statusCode());
        assertEquals(200, send(http.request("/api/plans/2019").header("If-None-Match", csv)).statusCode(),
                "the CSV's tag is not the JSON's");
        assertEquals(200, send(http.request("/api/plans/2019?format=xlsx").header("If-None-Match", csv)).statusCode());
        assertEquals(304, send(http.request("/api/plans/2019?format=csv").header("If-None-Match", readersCsv)
                .header("Authorization", Http.basic("lasare", "lasare"))).statusCode());
        assertEquals(200, send(http.request("/api/plans/2019?format=csv").header("If-None-Match", readersCsv))
                .statusCode(), "a reader's tag is not the public's");
    }

    @Test
    void aFormTheViewDoesNotHaveIs406NamingTheSupportedOnes() throws IOException {
        for (HttpRequest.Builder request : List.of(http.request("/api/plans/2019?format=pdf"),
                http.request("/api/plans/2019").header("Accept", "application/pdf"))) {
            HttpResponse<byte[]> refused = send(request);
            assertEquals(406, refused.statusCode());
            assertEquals("application/problem+json", contentType(refused));
            JsonNode problem = JSON.readTree(refused.body());
            assertEquals("[\"application/json\",\"text/csv\",\"" + XLSX + "\"]", problem.get("supported").toString());
            assertTrue(problem.get("detail").asText().contains("?format=json|csv|xlsx"), problem.toString());
        }
    }

    @Test
    void theStartPageOffersTheYearAsCsvAndAsExcel() {
        Browser browser = PLATFORM.browser();
        browser.open("/?ar=2019");

        String csv = browser.driver().findElement(By.linkText("Ladda ner som CSV")).getAttribute("href");
        String xlsx = browser.driver().findElement(By.linkText("Ladda ner som Excel")).getAttribute("href");
        assertEquals(PLATFORM.baseUrl() + "/api/plans/2019?format=csv", csv);
        assertEquals(PLATFORM.baseUrl() + "/api/plans/2019?format=xlsx", xlsx);
        assertEquals("text/csv;charset=utf-8", contentType(get(csv.substring(PLATFORM.baseUrl().length()), null)));
        assertEquals(XLSX, contentType(get(xlsx.substring(PLATFORM.baseUrl().length()), null)));
        browser.assertAccessible();
    }

    private HttpResponse<byte[]> get(String path, String user) {
        HttpRequest.Builder request = http.request(path);
        if (user != null) {
            request.header("Authorization", Http.basic(user, user));
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        return http.bytes(request);
    }

    private JsonNode json(String path, String user) throws IOException {
        HttpResponse<byte[]> response = get(path, user);
        assertEquals(200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static int activities(JsonNode view) {
        int activities = 0;
        for (JsonNode plan : view.get("plans")) {
            activities += plan.get("plan").get("activities").size();
        }
        return activities;
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }

    private static String tag(HttpResponse<?> response) {
        assertEquals(200, response.statusCode());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** The CSV's rows, header first, read by Jackson's CSV parser after the byte order mark. */
    private static List<String[]> parse(HttpResponse<byte[]> csv) throws IOException {
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(text.substring(1))) {
            lines.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static ReadableWorkbook workbook(HttpResponse<byte[]> xlsx) throws IOException {
        assertEquals(200, xlsx.statusCode());
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(row.getCellText(i));
        }
        return texts;
    }

    /** The value beside a name in the summary sheet's first column. */
    private static String valueOf(List<Row> rows, String name) {
        for (Row row : rows) {
            if (row.getCellCount() > 1 && name.equals(row.getCellText(0))) {
                return row.getCellText(1);
            }
        }
        throw new AssertionError(name + " is not in the summary sheet");
    }
}
