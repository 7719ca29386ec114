package se.stockholm.vbe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.TemplateSchedule;

class CommitteeDescriptorTest {

    private static final String TEMPLATE = """
            {"id": "trygghetsvandring", "title": "Trygghetsvandring", "area": "PREVENTIVE",
             "responsible": ["Samordnaren"], "partners": [], "schedule": {"kind": "MONTHS", "from": 3, "to": 5},
             "followUpIn": ["ANNUAL_REPORT"]}""";

    private static CommitteeDescriptor read(String json) {
        return CommitteeDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String descriptor(String template, String plans) {
        return """
                {"id": "norrmalm", "name": "Norrmalms stadsdelsnämnd", "kind": "DISTRICT",
                 "catalogue": [%s], "shippedPlans": [%s]}""".formatted(template, plans);
    }

    @Test
    void aDescriptorBecomesACommitteeWithItsCatalogueAndShippedPlans() throws MalformedURLException {
        URL document = new URL("file:/plans/2018.json");
        Committee committee = read(descriptor(TEMPLATE, """
                {"year": 2018, "status": "APPROVED", "document": "VBE-INF/plans/2018.json",
                 "decision": {"meetingDate": "2018-02-15", "diaryNumber": "1.2.3-456/2018", "paragraph": "§12"}}"""))
                .committee(path -> path.equals("VBE-INF/plans/2018.json") ? document : null);

        assertEquals("norrmalm", committee.id());
        assertEquals(CommitteeKind.DISTRICT, committee.kind());
        assertEquals(TemplateSchedule.months(3, 5), committee.catalogue().get(0).schedule());
        assertEquals(List.of(), committee.catalogue().get(0).partners());
        assertEquals(PlanStatus.APPROVED, committee.shippedPlans().get(0).status());
        assertEquals(document, committee.shippedPlans().get(0).document());
        assertEquals("§ 12", committee.shippedPlans().get(0).decision().paragraph());
    }

    @Test
    void aMonthOutOfRangeNamesTheTemplatesSchedule() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(descriptor(TEMPLATE.replace("\"to\": 5", "\"to\": 13"), "")));

        assertEquals("catalogue[0].schedule: to must be a month from 1 to 12 (was 13)", refused.getMessage());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(descriptor(TEMPLATE.replace("\"partners\"", "\"partner\""), "")));

        assertTrue(refused.getMessage().startsWith("catalogue[0].partner: unknown field"), refused.getMessage());
    }

    @Test
    void anUnknownAreaNamesTheFieldAndTheAllowedValues() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(descriptor(TEMPLATE.replace("PREVENTIVE", "PREVENTION"), "")));

        assertTrue(refused.getMessage().startsWith("catalogue[0].area: must be one of [PREVENTIVE"),
                refused.getMessage());
    }

    @Test
    void aTemplateWithoutResponsibleIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(descriptor(TEMPLATE.replace("[\"Samordnaren\"]", "[]"), "")));

        assertEquals("catalogue[0]: responsible needs at least one role", refused.getMessage());
    }

    @Test
    void aShippedPlanWhoseDocumentIsMissingNamesIt() {
        CommitteeDescriptor descriptor = read(descriptor(TEMPLATE,
                "{\"year\": 2018, \"status\": \"APPROVED\", \"document\": \"VBE-INF/plans/2018.json\"}"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> descriptor.committee(path -> null));

        assertEquals("shippedPlans[0].document: there is no resource VBE-INF/plans/2018.json in the bundle",
                refused.getMessage());
    }

    @Test
    void aDescriptorForAnotherCommitteeThanTheBundleDeclaresNamesTheId() {
        CommitteeDescriptor descriptor = read(descriptor(TEMPLATE, ""));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> descriptor.committee("kungsholmen", path -> null));

        assertEquals("id: the descriptor describes committee " + descriptor.id() + ", but the bundle declares "
                + "committee kungsholmen (VBE-Committee): the two must be the same", refused.getMessage());
    }

    @Test
    void aShippedPlanWithoutAYearNamesIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read(descriptor(
                TEMPLATE, "{\"status\": \"APPROVED\", \"document\": \"VBE-INF/plans/2018.json\"}")));

        assertEquals("shippedPlans[0]: year must be a plan year from 2000 to 2100 (was null)", refused.getMessage());
    }

    @Test
    void anInvalidIdIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(descriptor(TEMPLATE, "").replace("\"norrmalm\"", "\"Norrmalm\"")));

        assertTrue(refused.getMessage().startsWith("descriptor: id must be 2-64"), refused.getMessage());
    }

    private static String withContacts(String contacts) {
        return descriptor(TEMPLATE, "").replace("\"shippedPlans\"", "\"contacts\": " + contacts + ", \"shippedPlans\"");
    }

    @Test
    void aDescriptorsContactsAreTheCommitteesAndNoneAreNone() {
        Committee withContacts = read(withContacts(
                "[{\"role\": \"Lokal samordnare\", \"reach\": \"samordnare@example.se\"}]")).committee(path -> null);
        Committee without = read(descriptor(TEMPLATE, "")).committee(path -> null);

        assertEquals(List.of(new CommitteeContact("Lokal samordnare", "samordnare@example.se")),
                withContacts.contacts());
        assertEquals(List.of(), without.contacts());
    }

    @Test
    void aContactWithoutAWayToReachItNamesTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(withContacts("[{\"role\": \"Lokal samordnare\"}]")));

        assertEquals("contacts[0]: reach is required", refused.getMessage());
    }

    private static String withGrantWindows(String windows) {
        return descriptor(TEMPLATE, "").replace("\"shippedPlans\"", "\"grantWindows\": " + windows
                + ", \"shippedPlans\"");
    }

    @Test
    void aDescriptorsGrantWindowsAreTheCommitteesDatedInAnyYear() {
        Committee committee = read(withGrantWindows(
                "[{\"title\": \"Föreningsbidrag\", \"opens\": \"02-01\", \"closes\": \"02-29\"}]"))
                .committee(path -> null);

        GrantWindow window = committee.grantWindows().get(0);
        assertEquals(new GrantWindow("Föreningsbidrag", "02-01", "02-29"), window);
        assertEquals(LocalDate.of(2027, 2, 28), window.closesIn(2027));
        assertEquals(LocalDate.of(2028, 2, 29), window.closesIn(2028));
        assertEquals(List.of(), read(descriptor(TEMPLATE, "")).committee(path -> null).grantWindows());
    }

    @Test
    void aGrantWindowThatClosesBeforeItOpensNamesTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read(withGrantWindows(
                "[{\"title\": \"Föreningsbidrag\", \"opens\": \"10-01\", \"closes\": \"03-31\"}]")));

        assertTrue(refused.getMessage().startsWith("grantWindows[0]: closes (03-31) is before opens (10-01)"),
                refused.getMessage());
    }
}
