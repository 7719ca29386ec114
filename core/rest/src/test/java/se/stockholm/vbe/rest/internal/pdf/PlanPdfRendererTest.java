package se.stockholm.vbe.rest.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Contributor;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;

class PlanPdfRendererTest {

    private final PlanPdfRenderer renderer = new PlanPdfRenderer();

    @Test
    void aPlanIsRenderedWithItsTitlePageSectionsContributorsActivitiesAndFollowUpsInSwedish() throws IOException {
        SituationPicture picture = plan(3).situationPicture();
        ActionPlan plan = plan(3).withSituationPicture(new SituationPicture(picture.sections(), picture.incidents(),
                null, List.of(new Contributor("idrottsnamnden", "Idrottsnämnden", List.of(Tertial.T1)),
                        new Contributor("kulturnamnden", "Kulturnämnden", List.of()))));
        byte[] pdf = renderer.render(new PlanPdf("Rinkeby-Kista stadsdelsnämnd", plan, decisions(), null));

        String text = text(pdf);
        assertTrue(text.contains("Lokal handlingsplan mot våldsbejakande extremism 2020"), text);
        assertTrue(text.contains("Rinkeby-Kista stadsdelsnämnd"), text);
        assertTrue(text.contains("Status Antagen"), "the status in the words of the web application: " + text);
        assertTrue(text.contains("Antagen av nämnden"), "the decision: " + text);
        assertTrue(text.contains("Underlag från: Idrottsnämnden, Kulturnämnden."), text);
        assertTrue(text.contains("1.2.3-456/2019"), text);
        assertTrue(text.contains("Klotter med vit makt-symboler vid två skolor, åäö ÅÄÖ é"), text);
        assertTrue(text.contains("Trygghetsvandring 2"), text);
        assertTrue(text.contains("Område Aktivitet Ansvarig Samverkanspartner Tidplan Uppföljning"), text);
        assertTrue(text.contains("Förebyggande Trygghetsvandring 1"), text);
        assertTrue(text.contains("Genomförd"), text);
        assertTrue(text.contains("Vandringen gjordes i maj."), text);
        assertTrue(text.contains("Sida 1 av "), text);
        assertFalse(text.contains("?"), "every Swedish character has its glyph: " + text);
    }

    @Test
    void aPlanOfFiveHundredActivitiesIsPaged() throws IOException {
        byte[] pdf = renderer.render(new PlanPdf("Älvsjö stadsdelsnämnd", plan(500), List.of(), null));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/plan-500.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 30, "pages: " + document.getNumberOfPages());
            String last = text(pdf);
            assertTrue(last.contains("Trygghetsvandring 500"));
        }
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarksAndLineBreaksAreKept() throws IOException {
        ActionPlan plan = plan(1).withSituationPicture(new SituationPicture(List.of(new Section("Tecken",
                "Tecknet \u6F22 och\nny rad", Classification.PUBLIC, null)), List.of()));

        String text = text(renderer.render(new PlanPdf("Nämnd", plan, List.of(), 1)));

        assertTrue(text.contains("Tecknet ? och ny rad"), text);
        assertTrue(text.contains("beslutad version 1"), text);
    }

    @Test
    void anActivityLongerThanAPageGoesOnOverTheNextPages() throws IOException {
        Activity one = plan(1).activities().get(0);
        String description = "Ett långt stycke om vandringen. ".repeat(240) + "Slutet på beskrivningen.";
        Activity longOne = new Activity(1L, "Lång aktivitet", description, one.area(), one.responsible(),
                one.partners(), one.schedule(), one.frequency(), one.followUpIn(), one.followUpSystem(), null,
                List.of());

        byte[] pdf = renderer.render(new PlanPdf("Nämnd", plan(1).withActivities(List.of(longOne)), List.of(), null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper activityPages = new PDFTextStripper();
            activityPages.setStartPage(3);
            activityPages.setEndPage(document.getNumberOfPages() - 1);
            String text = activityPages.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Slutet på beskrivningen."), text);
            assertTrue(document.getNumberOfPages() >= 5, "title, lägesbild, two pages of activity, follow-up: "
                    + document.getNumberOfPages());
        }
    }

    @Test
    void aLongWordOfSupplementaryCharactersAndCharactersTheFontCannotEncodeNeverStopTheRendering() throws IOException {
        String faces = "\uD83D\uDE00".repeat(90);
        String unencodable = "\uD835\uDC00 \u6F22 \uE000x \uD83C\uDF32";
        Activity one = plan(1).activities().get(0);
        Activity odd = new Activity(1L, faces, unencodable, one.area(), List.of(faces),
                one.partners(), one.schedule(), one.frequency(), one.followUpIn(), one.followUpSystem(), null,
                List.of());
        ActionPlan plan = plan(1).withActivities(List.of(odd)).withSituationPicture(new SituationPicture(List.of(
                new Section(faces, faces + " " + unencodable, Classification.PUBLIC, null)), List.of()));

        String text = text(renderer.render(new PlanPdf(faces + unencodable, plan, List.of(), null)));

        assertTrue(text.contains("Lokal handlingsplan mot våldsbejakande extremism 2020"), text);
        assertTrue(text.contains("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"), "the font has this one: " + text);
        assertTrue(text.contains("? ? ?x ?"), "what the font cannot encode is a question mark: " + text);
    }

    @Test
    void shortRowsAfterANearlyFullPageAreNeverSplitButStartTheNextPageWhole() throws IOException {
        Activity one = plan(1).activities().get(0);
        List<Activity> activities = new ArrayList<>();
        activities.add(activity(one, 1, "Lång-början", "rad\n".repeat(22) + "Lång-slut"));
        for (int n = 1; n <= 12; n++) {
            activities.add(activity(one, n + 1, "Kort-" + n + "-början", "rad a\nrad b\nrad c\nKort-" + n + "-slut"));
        }

        byte[] pdf = renderer.render(new PlanPdf("Nämnd", plan(1).withActivities(activities), List.of(), null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(3, firstPage(document, "Lång-slut"), "the long row fills most of the first activity page");
            List<Integer> pages = new ArrayList<>();
            for (int n = 1; n <= 12; n++) {
                int page = firstPage(document, "Kort-" + n + "-början");
                assertEquals(page, firstPage(document, "Kort-" + n + "-slut"), "row " + n + " is on one page");
                pages.add(page);
            }
            assertEquals(List.of(3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5), pages, "row 2 would have begun on page 3");
        }
    }

    private static Activity activity(Activity like, long id, String title, String description) {
        return new Activity(id, title, description, like.area(), like.responsible(), like.partners(), like.schedule(),
                like.frequency(), like.followUpIn(), like.followUpSystem(), null, List.of());
    }

    /** The number of the first page whose text holds {@code text}, 0 if none does. */
    private static int firstPage(PDDocument document, String text) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static ActionPlan plan(int activities) {
        List<Activity> list = new ArrayList<>();
        for (int i = 1; i <= activities; i++) {
            list.add(new Activity((long) i, "Trygghetsvandring " + i, "Vandring med polis och boende", Area.PREVENTIVE,
                    List.of("Preventionssamordnare"), List.of("Polisen"),
                    Schedule.between(YearMonth.of(2019, 6), YearMonth.of(2020, 5)), "2 ggr/år",
                    List.of(FollowUpPeriod.T1, FollowUpPeriod.T2, FollowUpPeriod.ANNUAL_REPORT), "ILS", null,
                    List.of(new FollowUp(FollowUpPeriod.T1, FollowUpStatus.DONE, "Vandringen gjordes i maj.",
                            "editor", Instant.parse("2020-05-02T10:00:00Z")))));
        }
        SituationPicture picture = new SituationPicture(List.of(new Section("Kartläggning",
                "Klotter med vit makt-symboler vid två skolor, åäö ÅÄÖ é.", Classification.PUBLIC, null)),
                List.of(new IncidentCount(Environment.WHITE_POWER, InformationSource.POLICE, 5, Classification.PUBLIC,
                        null)));
        return new ActionPlan("rinkeby-kista", 2020, PlanStatus.ADOPTED, 4, "Preventionssamordnare",
                "Tertialrapport 1 2021", picture, list, Instant.parse("2020-03-14T09:00:00Z"), "editor");
    }

    private static List<PlanVersion> decisions() {
        return List.of(new PlanVersion(1, PlanStatus.ADOPTED, Instant.parse("2020-03-14T09:00:00Z"), "editor", null,
                LocalDate.of(2020, 3, 12), "1.2.3-456/2019", "§ 12"));
    }
}
