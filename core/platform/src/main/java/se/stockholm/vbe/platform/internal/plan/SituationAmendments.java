package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * Changes a draft plan's situation picture from data the platform holds (accepted incident reports, a specialist
 * committee's contribution), in the plan's own transaction: the rights, status and version checks of any plan change hold, and the amendment's own writes
 * (marking what it took) commit or roll back with the plan. Implemented by {@link PlanServiceImpl}.
 */
public interface SituationAmendments {

    /** What to change: the picture as stored in, the new one out; it may write on {@code connection}. */
    @FunctionalInterface
    interface Amendment {
        SituationPicture apply(Connection connection, SituationPicture before) throws SQLException;
    }

    /**
     * Applies {@code amendment} to the draft at {@code expectedVersion} ({@code null}: whatever version it is at),
     * audited as {@code action} with {@code origin} (what the change came from, e.g. {@code contribution} →
     * {@code 17}; read after the amendment ran, so that it may name what it took); returns the plan as the actor
     * reads it.
     */
    ActionPlan amend(String committeeId, int year, Long expectedVersion, Actor actor, String action,
            Map<String, String> origin, Amendment amendment);
}
