package se.stockholm.vbe.spi;

import java.util.List;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;

/**
 * An activity a committee offers its editors to pick when they build a plan: what a plan activity made from it
 * starts with.
 *
 * @param id stable within the committee, e.g. {@code trygghetsvandring}; plans remember it
 * @param title what the activity is, in Swedish
 * @param description more about it; may be absent
 * @param area the kind of work
 * @param responsible the responsible roles or units (ansvarig), never private persons; at least one
 * @param partners collaboration partners (samverkan); may be empty
 * @param schedule when it runs, relative to the plan year
 * @param followUpIn the reports it is usually followed up in; at least one
 */
public record ActivityTemplate(String id, String title, String description, Area area, List<String> responsible,
        List<String> partners, TemplateSchedule schedule, List<FollowUpPeriod> followUpIn) {

    public ActivityTemplate {
        Validation.requireSlug(id, "id");
        title = Validation.requireLine(title, "title", 300);
        description = Validation.optionalText(description, "description", 8_000);
        Validation.require(area, "area");
        responsible = Validation.lines(responsible, "responsible", 200);
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException("responsible needs at least one role");
        }
        partners = Validation.lines(partners, "partners", 200);
        Validation.require(schedule, "schedule");
        followUpIn = Validation.list(followUpIn, "followUpIn");
        if (followUpIn.isEmpty()) {
            throw new IllegalArgumentException("followUpIn needs at least one period");
        }
    }

    /** The plan activity this template makes in the plan of {@code year}: new, remembering the template. */
    public Activity activityIn(int year) {
        return new Activity(null, title, description, area, responsible, partners, schedule.in(year), null,
                followUpIn, null, id, List.of());
    }
}
