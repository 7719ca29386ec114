package se.stockholm.vbe.rest.internal.pdf;

import java.util.List;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanVersion;

/**
 * What goes into a plan's PDF: the plan exactly as the caller's JSON read shows it (secrecy already applied), the
 * committee's name, the decisions on the plan the caller may see, and for a decided version its number.
 *
 * @param committeeName the committee's name, e.g. "Rinkeby-Kista stadsdelsnämnd"
 * @param plan the plan as this caller reads it
 * @param decisions the decisions on the plan (listing form, without their plans)
 * @param decidedVersion the number of the decided version shown, or {@code null} for the plan itself
 */
public record PlanPdf(String committeeName, ActionPlan plan, List<PlanVersion> decisions, Integer decidedVersion) {

    public PlanPdf {
        decisions = List.copyOf(decisions);
    }
}
