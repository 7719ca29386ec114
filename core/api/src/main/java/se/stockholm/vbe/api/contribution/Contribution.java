package se.stockholm.vbe.api.contribution;

import java.time.Instant;
import java.util.List;

import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.Tertial;

/**
 * A specialist committee's contribution to a district's situation picture, as stored.
 *
 * @param id its number
 * @param committeeId the district committee it is for
 * @param from the specialist committee that sent it
 * @param fromName that committee's name when it sent it
 * @param year the plan year
 * @param period the tertial
 * @param incidentCounts the figures, each in {@code period}
 * @param sections the text
 * @param status sent or taken in
 * @param submittedAt when it was sent
 * @param submittedBy who sent it
 * @param takenInAt when it was taken into the plan; {@code null} before
 * @param takenInBy who took it in; {@code null} before
 */
public record Contribution(long id, String committeeId, String from, String fromName, int year, Tertial period,
        List<IncidentCount> incidentCounts, List<Section> sections, ContributionStatus status, Instant submittedAt,
        String submittedBy, Instant takenInAt, String takenInBy) {

    public Contribution {
        incidentCounts = List.copyOf(incidentCounts);
        sections = List.copyOf(sections);
    }
}
