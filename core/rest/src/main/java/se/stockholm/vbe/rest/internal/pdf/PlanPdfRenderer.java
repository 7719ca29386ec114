package se.stockholm.vbe.rest.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import se.stockholm.vbe.api.CityTime;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Contributor;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.rest.internal.document.PlanTerms;

/**
 * Lays a plan out as the seed plans are: a title page (committee, year, status, decisions), the lägesbild and
 * its incident counts, the activities as a table (område, aktivitet, ansvarig, samverkanspartner, tidplan,
 * uppföljning), and the follow-up of each period; in Swedish, as a PDF/A-2b document. Stateless and thread-safe.
 */
public final class PlanPdfRenderer {

    /** The city's time, as the platform's StoredTime.CITY (internal to core/platform) records decisions in. */
    private static final ZoneId CITY = CityTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<PdfPages.Column> ACTIVITY_COLUMNS = List.of(
            new PdfPages.Column("Område", 11), new PdfPages.Column("Aktivitet", 33),
            new PdfPages.Column("Ansvarig", 16), new PdfPages.Column("Samverkanspartner", 14),
            new PdfPages.Column("Tidplan", 10), new PdfPages.Column("Uppföljning", 16));

    public byte[] render(PlanPdf pdf) {
        ActionPlan plan = pdf.plan();
        String title = "Lokal handlingsplan mot våldsbejakande extremism " + plan.year();
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document);
            pages.newPortraitPage();
            titlePage(pages, pdf, title);
            pages.newPortraitPage();
            situationPicture(pages, plan.situationPicture());
            activities(pages, plan.activities());
            followUps(pages, plan.activities());
            pages.finish(pdf.committeeName() + " – " + title + version(pdf));
            GregorianCalendar made = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            made.setTimeInMillis(plan.updatedAt() == null ? 0 : plan.updatedAt().toEpochMilli());
            PdfA.conform(document, new PdfA.Description(title + " – " + pdf.committeeName(), pdf.committeeName(),
                    List.of("handlingsplan", "våldsbejakande extremism", Integer.toString(plan.year()),
                            pdf.committeeName(), versionKeyword(pdf)), made));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the plan could not be rendered as PDF", e);
        }
    }

    private static String version(PlanPdf pdf) {
        return pdf.decidedVersion() == null ? "" : " – beslutad version " + pdf.decidedVersion();
    }

    private static String versionKeyword(PlanPdf pdf) {
        return pdf.decidedVersion() == null ? "version " + pdf.plan().version()
                : "beslutad version " + pdf.decidedVersion();
    }

    private static void titlePage(PdfPages pages, PlanPdf pdf, String title) throws IOException {
        ActionPlan plan = pdf.plan();
        pages.space(120);
        pages.paragraph(pdf.committeeName(), pages.bold(), 16);
        pages.heading(title, 22);
        pages.space(20);
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Nämnd", pdf.committeeName()));
        facts.add(List.of("År", Integer.toString(plan.year())));
        facts.add(List.of("Status", plan.status().label()));
        facts.add(List.of("Version", pdf.decidedVersion() == null ? Long.toString(plan.version())
                : "Beslutad version " + pdf.decidedVersion()));
        facts.add(List.of("Ansvarig för samordningen", PlanTerms.orNone(plan.coordinatorRole())));
        facts.add(List.of("Nästa revidering", PlanTerms.orNone(plan.nextRevision())));
        facts.add(List.of("Senast ändrad", time(plan.updatedAt())));
        pages.table(List.of(new PdfPages.Column("Uppgift", 1), new PdfPages.Column("Värde", 2)), facts);
        pages.heading("Beslut om planen", 13);
        List<PlanVersion> decided = pdf.decisions().stream()
                .filter(v -> v.status() != PlanStatus.DRAFT || v.meetingDate() != null).toList();
        if (decided.isEmpty()) {
            pages.paragraph("Planen har inte beslutats ännu.");
            return;
        }
        pages.table(List.of(new PdfPages.Column("Nr", 4), new PdfPages.Column("Beslut", 22),
                new PdfPages.Column("Sammanträde", 14), new PdfPages.Column("Diarienummer", 18),
                new PdfPages.Column("Paragraf", 10), new PdfPages.Column("Registrerat", 16)),
                decided.stream().map(v -> List.of(Integer.toString(v.number()), PlanTerms.decision(v.status()),
                        v.meetingDate() == null ? PlanTerms.NONE : DAY.format(v.meetingDate()),
                        PlanTerms.orNone(v.diaryNumber()), PlanTerms.orNone(v.paragraph()), time(v.decidedAt())))
                        .toList());
    }

    private static void situationPicture(PdfPages pages, SituationPicture picture) throws IOException {
        pages.heading("Lägesbild", 16);
        if (!picture.contributors().isEmpty()) {
            pages.paragraph("Underlag från: " + picture.contributors().stream().map(Contributor::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (picture.sections().isEmpty()) {
            pages.paragraph("Lägesbilden har inga avsnitt som du kan läsa.");
        }
        for (Section section : picture.sections()) {
            pages.heading(section.title(), 12);
            if (section.classification() == Classification.CONFIDENTIAL) {
                pages.strong(Classification.CONFIDENTIAL.label()
                        + (section.legalGround() == null ? "" : " enligt " + section.legalGround()));
            }
            pages.paragraph(section.text());
        }
        pages.heading("Inrapporterade händelser", 13);
        IncidentFigures figures = picture.incidentFigures();
        if (figures != null) {
            List<List<String>> rows = new ArrayList<>();
            for (Environment environment : Environment.values()) {
                Figure figure = figures.perEnvironment().get(environment);
                if (figure != null) {
                    rows.add(List.of(environment.label(), PlanTerms.figureText(figure)));
                }
            }
            rows.add(List.of("Totalt", PlanTerms.figureText(figures.total())));
            pages.table(List.of(new PdfPages.Column("Miljö", 3), new PdfPages.Column("Antal", 1)), rows);
        }
        if (picture.incidents().isEmpty()) {
            pages.paragraph(figures == null ? "Inga händelser har rapporterats."
                    : "Enskilda uppgifter om händelser visas inte; antalen ovan är sammanställda.");
            return;
        }
        pages.table(List.of(new PdfPages.Column("Miljö", 16), new PdfPages.Column("Typ", 16),
                new PdfPages.Column("Källa", 16), new PdfPages.Column("Tertial", 14), new PdfPages.Column("Plats", 12),
                new PdfPages.Column("Antal", 7), new PdfPages.Column("Klassificering", 14)),
                picture.incidents().stream().map(PlanPdfRenderer::incident).toList());
    }

    private static List<String> incident(IncidentCount count) {
        return List.of(count.environment().label(), count.type().label(), count.source().label(),
                count.period() == null ? "Okänd" : count.period().label(), count.placeType().label(),
                Integer.toString(count.count()), count.classification().label()
                        + (count.legalGround() == null ? "" : " (" + count.legalGround() + ")"));
    }

    private static void activities(PdfPages pages, List<Activity> activities) throws IOException {
        pages.newLandscapePage();
        pages.heading("Aktiviteter", 16);
        if (activities.isEmpty()) {
            pages.paragraph("Planen har inga aktiviteter ännu.");
            return;
        }
        pages.paragraph("Uppföljning: T1 och T2 är tertialrapport 1 och 2, VB är verksamhetsberättelsen.");
        pages.table(ACTIVITY_COLUMNS, activities.stream().map(PlanPdfRenderer::activityRow).toList());
    }

    private static List<String> activityRow(Activity activity) {
        String what = activity.description() == null ? activity.title()
                : activity.title() + "\n" + activity.description();
        List<String> followUp = new ArrayList<>(List.of(activity.followUpIn().stream()
                .map(PlanTerms::abbreviation)
                .collect(Collectors.joining(", "))));
        List<String> how = new ArrayList<>();
        if (activity.frequency() != null) {
            how.add(activity.frequency());
        }
        if (activity.followUpSystem() != null) {
            how.add("i " + activity.followUpSystem());
        }
        if (!how.isEmpty()) {
            followUp.add(String.join(", ", how));
        }
        return List.of(activity.area().label(), what, String.join(", ", activity.responsible()),
                activity.partners().isEmpty() ? PlanTerms.NONE : String.join(", ", activity.partners()),
                PlanTerms.schedule(activity.schedule()), String.join("\n", followUp));
    }

    /** Per period: how many activities stand where, then each activity's latest report and comment. */
    private static void followUps(PdfPages pages, List<Activity> activities) throws IOException {
        pages.newPortraitPage();
        pages.heading("Uppföljning", 16);
        for (FollowUpPeriod period : FollowUpPeriod.values()) {
            List<Activity> followed = activities.stream().filter(a -> a.followUpIn().contains(period)).toList();
            if (followed.isEmpty()) {
                continue;
            }
            pages.heading(period.label(), 13);
            Map<FollowUpStatus, Integer> tally = new EnumMap<>(FollowUpStatus.class);
            int unreported = 0;
            List<List<String>> rows = new ArrayList<>();
            for (Activity activity : followed) {
                Optional<FollowUp> latest = PlanTerms.latest(activity, period);
                latest.ifPresent(f -> tally.merge(f.status(), 1, Integer::sum));
                unreported += latest.isPresent() ? 0 : 1;
                rows.add(List.of(activity.title(), latest.map(f -> f.status().label()).orElse(PlanTerms.NOT_REPORTED),
                        latest.map(f -> PlanTerms.orNone(f.comment())).orElse(PlanTerms.NONE)));
            }
            StringBuilder summary = new StringBuilder();
            for (FollowUpStatus status : FollowUpStatus.values()) {
                summary.append(status.label()).append(": ").append(tally.getOrDefault(status, 0)).append(". ");
            }
            summary.append(PlanTerms.NOT_REPORTED).append(": ").append(unreported).append('.');
            pages.paragraph(summary.toString());
            pages.table(List.of(new PdfPages.Column("Aktivitet", 45), new PdfPages.Column("Status", 15),
                    new PdfPages.Column("Kommentar", 40)), rows);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? PlanTerms.NONE : MINUTE.format(instant.atZone(CITY));
    }
}
