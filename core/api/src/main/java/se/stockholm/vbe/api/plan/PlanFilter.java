package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.committee.CommitteeKind;

/**
 * Narrows the consolidated view; a {@code null} part matches everything.
 */
public record PlanFilter(Area area, CommitteeKind committeeKind, PlanStatus status) {

    public static final PlanFilter ALL = new PlanFilter(null, null, null);
}
