package se.stockholm.vbe.api.privacy;

import java.util.List;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.contribution.ContributionRequest;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.CoverageTick;
import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.ReclaimRequest;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportReview;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * Refuses free text that holds a personal identity number: the platform stores none, and a committee's build
 * refuses what the platform would. Every free-text field of every input type is listed here, and only here.
 * Each refusal is an {@link InvalidInputException} naming the field, never repeating its text.
 */
public final class PersonalDataGuard {

    /** The problem a refusal reports. */
    public static final String REFUSAL = "personal identity numbers are not allowed";

    private PersonalDataGuard() {
    }

    /** Checks a plan's role, revision, situation picture and every activity. */
    public static void check(PlanDocument document) {
        text(document.coordinatorRole(), "coordinatorRole");
        text(document.nextRevision(), "nextRevision");
        sections(document.situationPicture().sections(), "situationPicture.sections");
        var incidents = document.situationPicture().incidents();
        for (int i = 0; i < incidents.size(); i++) {
            text(incidents.get(i).legalGround(), "situationPicture.incidents[" + i + "].legalGround");
        }
        for (int i = 0; i < document.activities().size(); i++) {
            check(document.activities().get(i), "activities[" + i + "]");
        }
    }

    /** Checks a specialist committee's contribution: its sections and the counts' legal grounds. */
    public static void check(ContributionRequest contribution) {
        sections(contribution.sections(), "sections");
        for (int i = 0; i < contribution.incidentCounts().size(); i++) {
            text(contribution.incidentCounts().get(i).legalGround(), "incidentCounts[" + i + "].legalGround");
        }
    }

    /** Checks an activity's free text; {@code field} is its path, e.g. {@code activities[2]}. */
    public static void check(Activity activity, String field) {
        text(activity.title(), field + ".title");
        text(activity.description(), field + ".description");
        lines(activity.responsible(), field + ".responsible");
        lines(activity.partners(), field + ".partners");
        text(activity.frequency(), field + ".frequency");
        text(activity.followUpSystem(), field + ".followUpSystem");
        text(activity.templateId(), field + ".templateId");
    }

    /**
     * Checks a committee as read once from its service or descriptor: its {@code name} and every template of its
     * {@code catalogue} (fields {@code name}, {@code catalogue[i].…}).
     */
    public static void checkCommittee(String name, List<ActivityTemplate> catalogue) {
        text(name, "name");
        for (int i = 0; i < catalogue.size(); i++) {
            check(catalogue.get(i), "catalogue[" + i + "]");
        }
    }

    /** Checks a catalogue template; {@code field} is its path, e.g. {@code catalogue[3]}. */
    public static void check(ActivityTemplate template, String field) {
        text(template.id(), field + ".id");
        text(template.title(), field + ".title");
        text(template.description(), field + ".description");
        lines(template.responsible(), field + ".responsible");
        lines(template.partners(), field + ".partners");
    }

    /** Checks a follow-up's comment. */
    public static void check(FollowUpReport report) {
        text(report.comment(), "comment");
    }

    /** Checks a grant application's purpose, organisation name and premises. */
    public static void check(Application application) {
        text(application.purpose(), "purpose");
        text(application.organisation().name(), "organisation.name");
        text(application.premises(), "premises");
    }

    /** Checks a reclaim's reason and decision reference. */
    public static void check(ReclaimRequest request) {
        text(request.reason(), "reason");
        text(request.decisionReference(), "decisionReference");
    }

    /** Checks a stop-list entry's name, reason and decision reference. */
    public static void check(StopListEntry entry) {
        text(entry.name(), "name");
        text(entry.reason(), "reason");
        text(entry.decisionReference(), "decisionReference");
    }

    /** Checks the coordinator's reason for a quarantine. */
    public static void check(CommitteeQuarantine quarantine) {
        text(quarantine.reason(), "reason");
    }

    /** Checks a committee's local contact; {@code field} is its path, e.g. {@code contacts[1]}. */
    public static void check(CommitteeContact contact, String field) {
        text(contact.role(), field + ".role");
        text(contact.reach(), field + ".reach");
    }

    /** Checks a committee's comment on its tick of a guideline item. */
    public static void check(CoverageTick tick) {
        text(tick.comment(), "comment");
    }

    /** Checks a de-identified incident report's description. */
    public static void check(ReportForm form) {
        text(form.description(), "description");
    }

    /** Checks a review's reason. */
    public static void check(ReportReview review) {
        text(review.reason(), "reason");
    }

    /** Checks the coordinator's checklist: every item's title and terms ({@code items[i].…}). */
    public static void check(Checklist checklist) {
        for (int i = 0; i < checklist.items().size(); i++) {
            text(checklist.items().get(i).title(), "items[" + i + "].title");
            lines(checklist.items().get(i).terms(), "items[" + i + "].terms");
        }
    }

    /** Checks a free-text line of a calendar entry, such as a grant window's title; {@code field} is its path. */
    public static void check(String text, String field) {
        text(text, field);
    }

    /** Checks each section's title, text and legal ground; {@code field} is the list's path, e.g. {@code sections}. */
    private static void sections(List<Section> sections, String field) {
        for (int i = 0; i < sections.size(); i++) {
            String path = field + "[" + i + "]";
            text(sections.get(i).title(), path + ".title");
            text(sections.get(i).text(), path + ".text");
            text(sections.get(i).legalGround(), path + ".legalGround");
        }
    }

    private static void lines(List<String> values, String field) {
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), field + "[" + i + "]");
        }
    }

    private static void text(String value, String field) {
        if (PersonalIdentityNumbers.containsOne(value)) {
            throw new InvalidInputException(field, REFUSAL);
        }
    }
}
