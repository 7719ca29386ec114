package se.stockholm.vbe.spi;

import java.util.List;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.Schedule;

/**
 * An activity a committee offers its editors to pick when they build a plan.
 *
 * @param id stable within the committee, e.g. {@code trygghetsvandring}; plans remember it
 * @param title what the activity is, in Swedish
 * @param description more about it
 * @param area the kind of work
 * @param responsible the default responsible role or unit
 * @param schedule the default schedule
 * @param followUpIn the reports it is usually followed up in
 */
public record ActivityTemplate(String id, String title, String description, Area area, String responsible,
        Schedule schedule, List<FollowUpPeriod> followUpIn) {

    public ActivityTemplate {
        Validation.requireSlug(id, "id");
        title = Validation.requireLine(title, "title", 300);
        description = Validation.optionalText(description, "description", 8_000);
        Validation.require(area, "area");
        responsible = Validation.requireLine(responsible, "responsible", 200);
        Validation.require(schedule, "schedule");
        followUpIn = Validation.list(followUpIn, "followUpIn");
        if (followUpIn.isEmpty()) {
            throw new IllegalArgumentException("followUpIn needs at least one period");
        }
    }
}
