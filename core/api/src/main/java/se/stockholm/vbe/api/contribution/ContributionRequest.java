package se.stockholm.vbe.api.contribution;

import java.util.List;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.Tertial;

/**
 * What a specialist committee's editor sends for a district: figures and text sections for one tertial of a year.
 *
 * @param from the specialist committee sending it
 * @param year the plan year it is for
 * @param period the tertial it is for; every count is in it (a count without a period gets it)
 * @param incidentCounts the figures, one per key, each with its classification
 * @param sections the text, each marked public or confidential
 */
public record ContributionRequest(String from, Integer year, Tertial period, List<IncidentCount> incidentCounts,
        List<Section> sections) {

    public static final int MAX_PARTS = 200;

    public ContributionRequest {
        from = Validation.requireSlug(from, "from");
        Validation.require(year, "year");
        Validation.require(period, "period");
        incidentCounts = Validation.list(incidentCounts, "incidentCounts");
        sections = Validation.list(sections, "sections");
        if (incidentCounts.isEmpty() && sections.isEmpty()) {
            throw new IllegalArgumentException("incidentCounts or sections must hold something: a contribution "
                    + "without figures or text says nothing");
        }
        if (incidentCounts.size() > MAX_PARTS || sections.size() > MAX_PARTS) {
            throw new IllegalArgumentException("incidentCounts and sections may hold at most " + MAX_PARTS
                    + " entries each");
        }
    }
}
