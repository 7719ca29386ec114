package se.stockholm.vbe.api.report;

import java.time.YearMonth;
import java.util.List;

import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;

/**
 * What a reporter fills in. There is no field for a name, an age, a school or any other detail that points at a
 * person; the service checks every field (required, within range) and refuses identifiers in the description.
 *
 * @param month the month of the worry or incident, {@code YYYY-MM}, not in the future
 * @param environment which environment it concerns
 * @param type what kind of incident
 * @param placeType what kind of place
 * @param source where the information comes from
 * @param actions what was done; {@link ReportAction#NONE} only alone
 * @param description a short description without anything that identifies a person
 */
public record ReportForm(YearMonth month, Environment environment, IncidentType type, PlaceType placeType,
        InformationSource source, List<ReportAction> actions, String description) {

    /** The fields a form has; a body with any other is refused. */
    public static final List<String> FIELDS = List.of("month", "environment", "type", "placeType", "source",
            "actions", "description");

    /** The longest description, in characters. */
    public static final int MAX_DESCRIPTION = 1000;

    public ReportForm {
        actions = actions == null ? null : List.copyOf(actions);
    }
}
