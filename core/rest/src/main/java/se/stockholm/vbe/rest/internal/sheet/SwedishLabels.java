package se.stockholm.vbe.rest.internal.sheet;

import java.util.EnumMap;
import java.util.Map;

import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * The Swedish words of the two enums whose API types carry no label (the same words the web application shows).
 * Every other enum of the sheets has its {@code label()} in the API.
 */
final class SwedishLabels {

    private static final Map<PlanStatus, String> PLAN_STATUS = new EnumMap<>(Map.of(PlanStatus.DRAFT, "Utkast",
            PlanStatus.ADOPTED, "Antagen", PlanStatus.APPROVED, "Godkänd", PlanStatus.ARCHIVED, "Arkiverad"));
    private static final Map<FollowUpStatus, String> FOLLOW_UP_STATUS = new EnumMap<>(Map.of(
            FollowUpStatus.NOT_STARTED, "Ej påbörjad", FollowUpStatus.IN_PROGRESS, "Pågår",
            FollowUpStatus.DONE, "Genomförd", FollowUpStatus.CANCELLED, "Inställd"));

    private SwedishLabels() {
    }

    static String of(PlanStatus status) {
        return PLAN_STATUS.get(status);
    }

    static String of(FollowUpStatus status) {
        return FOLLOW_UP_STATUS.get(status);
    }

    /** A published figure as a cell: the number, or its marker ({@code "<3"}, {@code ".."}) as text. */
    static Object of(Figure figure) {
        return figure == null ? null : figure.value() != null ? figure.value() : figure.marker();
    }
}
