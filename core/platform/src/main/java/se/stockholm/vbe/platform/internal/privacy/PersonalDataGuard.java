package se.stockholm.vbe.platform.internal.privacy;

import java.util.List;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.ReclaimRequest;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.Section;

/**
 * Refuses free text that holds a personal identity number: the platform stores none.
 */
public final class PersonalDataGuard {

    static final String REFUSAL = "personal identity numbers are not allowed";

    private PersonalDataGuard() {
    }

    public static void check(PlanDocument document) {
        text(document.coordinatorRole(), "coordinatorRole");
        text(document.nextRevision(), "nextRevision");
        List<Section> sections = document.situationPicture().sections();
        for (int i = 0; i < sections.size(); i++) {
            text(sections.get(i).title(), "situationPicture.sections[" + i + "].title");
            text(sections.get(i).text(), "situationPicture.sections[" + i + "].text");
            text(sections.get(i).legalGround(), "situationPicture.sections[" + i + "].legalGround");
        }
        var incidents = document.situationPicture().incidents();
        for (int i = 0; i < incidents.size(); i++) {
            text(incidents.get(i).legalGround(), "situationPicture.incidents[" + i + "].legalGround");
        }
        for (int i = 0; i < document.activities().size(); i++) {
            check(document.activities().get(i), "activities[" + i + "]");
        }
    }

    public static void check(Activity activity, String field) {
        text(activity.title(), field + ".title");
        text(activity.description(), field + ".description");
        lines(activity.responsible(), field + ".responsible");
        lines(activity.partners(), field + ".partners");
        text(activity.frequency(), field + ".frequency");
        text(activity.followUpSystem(), field + ".followUpSystem");
        text(activity.templateId(), field + ".templateId");
    }

    public static void check(FollowUpReport report) {
        text(report.comment(), "comment");
    }

    public static void check(Application application) {
        text(application.purpose(), "purpose");
        text(application.organisation().name(), "organisation.name");
        text(application.premises(), "premises");
    }

    public static void check(ReclaimRequest request) {
        text(request.reason(), "reason");
        text(request.decisionReference(), "decisionReference");
    }

    public static void check(StopListEntry entry) {
        text(entry.name(), "name");
        text(entry.reason(), "reason");
        text(entry.decisionReference(), "decisionReference");
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
