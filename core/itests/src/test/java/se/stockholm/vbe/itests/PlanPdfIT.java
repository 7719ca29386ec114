package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plan as a PDF/A document (issue 15, part 3) from the real distribution over HTTP: read back with PDFBox,
 * validated by veraPDF as PDF/A-2b, secrecy as the JSON read applies it, decided versions, paging, and refusals.
 * PDFBox and veraPDF run here in the test JVM, the platform's PDFBox in the distribution's Karaf.
 */
class PlanPdfIT {

    private static final String PDF = "application/pdf";
    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    private static final String SEED_ACTIVITY = "VBE-frågorna ska ingå som en del i den lokala "
            + "samverkansöverenskommelsen med polisen.";
    private static final String SECRET_TEXT = "Polisen uppger tre personer i rekryteringsnätverket.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KarafInstallation karaf;
    private static Http http;

    @BeforeAll
    static void startThePlatform() {
        karaf = KarafInstallation.unpack(java.nio.file.Path.of("target/plan-pdf"));
        karaf.start();
        http = karaf.http();
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterAll
    static void stopThePlatform() {
        KarafInstallation.stopIfRunning(karaf);
    }

    @Test
    void theSeedPlanAsPdfIsPdfA2bWithItsActivitiesAndMetadataFromPdfBoxActiveInKaraf() throws Exception {
        HttpResponse<byte[]> answer = http.bytes(RK + 2019, null, null, "Accept", PDF);

        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(PDF, answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.headers().allValues("Vary").toString().contains("Accept"), answer.headers().toString());
        String text = text(answer.body());
        assertTrue(text.contains(SEED_ACTIVITY), text);
        assertTrue(text.contains("Rinkeby-Kista"), text);
        assertTrue(text.contains("Område Aktivitet Ansvarig Samverkanspartner Tidplan Uppföljning"), text);
        assertTrue(text.contains("Sida 1 av "), text);
        assertPdfA2b(answer.body());
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            assertTrue(xmp.getDublinCoreSchema().getTitle().contains("2019"), xmp.getDublinCoreSchema().getTitle());
            assertTrue(xmp.getDublinCoreSchema().getTitle().contains("Rinkeby-Kista"));
            assertTrue(xmp.getAdobePDFSchema().getKeywords().contains("version "), xmp.getAdobePDFSchema().getKeywords());
        }

        String password = Files.readString(karaf.home().resolve("etc/admin-password")).trim();
        KarafInstallation.Result bundles = karaf.client("karaf", password, "bundle:list -s");
        assertEquals(0, bundles.exitCode(), bundles.output());
        for (String bundle : List.of("org.apache.pdfbox", "org.apache.pdfbox.fontbox", "org.apache.pdfbox.io",
                "org.apache.pdfbox.xmpbox", "org.apache.commons.commons-logging")) {
            assertTrue(bundles.output().lines().anyMatch(line -> line.contains("| Active ")
                    && line.strip().endsWith("| " + bundle)), bundle + " active: " + bundles.output());
        }
    }

    @Test
    void thePdfHasAnETagOfItsOwnAndIsNotModifiedWhileThePlanIsNot() {
        String jsonTag = http.get(RK + 2019).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> pdf = http.bytes(RK + 2019, null, null, "Accept", PDF);
        String pdfTag = pdf.headers().firstValue("ETag").orElseThrow();

        assertNotEquals(jsonTag, pdfTag);
        HttpResponse<byte[]> again = http.bytes(RK + 2019, null, null, "Accept", PDF, "If-None-Match", pdfTag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, http.bytes(RK + 2019, null, null, "Accept", PDF, "If-None-Match", jsonTag).statusCode(),
                "the JSON's tag does not stand for the PDF");
        assertEquals(200, http.bytes(RK + 2019, null, null, "If-None-Match", pdfTag).statusCode(),
                "nor the PDF's for the JSON");
    }

    @Test
    void aConfidentialSectionIsAbsentFromTheAnonymousPdfAndPresentInTheEditorsAndTheDecidedVersionIsAPdfToo()
            throws Exception {
        assertEquals(201, as("editor-rinkeby-kista", "PUT", RK + 2071, planWithSecret()).statusCode());
        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", RK + 2071 + "/status", PlansIT.ADOPT);
        assertEquals(200, adopted.statusCode(), adopted.body());

        String anonymous = text(pdf(RK + 2071, null));
        String editors = text(pdf(RK + 2071, "editor-rinkeby-kista"));
        assertFalse(anonymous.contains(SECRET_TEXT), anonymous);
        assertFalse(anonymous.contains("Från polisen"), anonymous);
        assertTrue(anonymous.contains("Klotter med vit makt-symboler."), anonymous);
        assertTrue(editors.contains(SECRET_TEXT), editors);
        assertTrue(editors.contains("Sekretessmarkerad enligt OSL 18 kap. 1 §"), editors);

        byte[] decided = pdf(RK + 2071 + "/versions/1", null);
        String version = text(decided);
        assertTrue(version.contains("Beslutad version 1"), version);
        assertTrue(version.contains("Antagen av nämnden 2019-03-14 1.2.3-456/2019 § 12"), version);
        assertTrue(version.contains("Trygghetsvandring 1"), version);
        assertFalse(version.contains(SECRET_TEXT), version);
        assertTrue(text(pdf(RK + 2071 + "/versions/1", "lasare")).contains(SECRET_TEXT));
        assertPdfA2b(decided);
        assertEquals(404, http.bytes(RK + 2071 + "/versions/9", null, null, "Accept", PDF).statusCode());
    }

    @Test
    void anAcceptThePlanReadCannotProduceIs406NamingTheSupportedTypes() throws Exception {
        for (String path : List.of(RK + 2019, RK + 2019 + "/versions/1")) {
            HttpResponse<String> refused = http.call("GET", path, null, null, null, "Accept", "text/csv");

            assertEquals(406, refused.statusCode(), path + " " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            JsonNode problem = JSON.readTree(refused.body());
            assertEquals(406, problem.get("status").asInt());
            assertTrue(problem.get("detail").asText().contains("application/json, application/pdf"), refused.body());
            assertEquals("[\"application/json\",\"application/pdf\"]", problem.get("supported").toString());
        }
        assertEquals(406, http.call("GET", RK + 2019 + "?format=csv", null, null, null).statusCode());
        HttpResponse<byte[]> upperCase = http.bytes(RK + 2019 + "?format=PDF", null, null);
        assertEquals("application/pdf", upperCase.headers().firstValue("Content-Type").orElse(""),
                "?format= is read as the consolidated view reads it");
        assertEquals("application/json", http.call("GET", RK + 2019 + "?format=", null, null, null).headers()
                .firstValue("Content-Type").orElse(""), "a blank format is no format");
        assertEquals(200, http.call("GET", RK + 2019, null, null, null, "Accept", "*/*").statusCode());
        assertEquals("application/json", http.call("GET", RK + 2019, null, null, null, "Accept",
                "text/html, application/json;q=0.9").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aPlanOfFiveHundredActivitiesRendersPagedWithTheLastActivityOnItsLastPages() throws Exception {
        HttpResponse<String> created = as("editor-alvsjo", "PUT", "/api/committees/alvsjo/plans/2072",
                PlansIT.plan(500));
        assertEquals(201, created.statusCode(), created.body());

        byte[] pdf = pdf("/api/committees/alvsjo/plans/2072", "editor-alvsjo");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 40, "pages: " + document.getNumberOfPages());
            PDFTextStripper lastPages = new PDFTextStripper();
            lastPages.setStartPage(document.getNumberOfPages() - 30);
            assertTrue(lastPages.getText(document).contains("Trygghetsvandring 500"));
        }
        assertPdfA2b(pdf);
    }

    private static HttpResponse<String> as(String user, String method, String path, String body) {
        return http.call(method, path, body, user, user == null ? null : user.startsWith("editor-") ? "editor" : user);
    }

    private static byte[] pdf(String path, String user) {
        String password = user == null ? null : user.startsWith("editor-") ? "editor" : user;
        HttpResponse<byte[]> answer = http.bytes(path, user, password, "Accept", PDF);
        assertEquals(200, answer.statusCode(), path + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        return answer.body();
    }

    /** The document's text with every run of white space as one space (table cells wrap). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String planWithSecret() {
        return """
                {"coordinatorRole": "Samordnare mot våldsbejakande extremism",
                 "situationPicture": {
                   "sections": [
                     {"classification": "PUBLIC", "title": "Lägesbild", "text": "Klotter med vit makt-symboler."},
                     {"classification": "CONFIDENTIAL", "legalGround": "OSL 18 kap. 1 §", "title": "Från polisen",
                      "text": "%s"}],
                   "incidents": [
                     {"environment": "WHITE_POWER", "source": "POLICE", "count": 12, "classification": "PUBLIC"},
                     {"environment": "ISLAMIST", "source": "POLICE", "count": 30}]},
                 "activities": [%s]}
                """.formatted(SECRET_TEXT, PlansIT.activity(2071, 1));
    }
}
