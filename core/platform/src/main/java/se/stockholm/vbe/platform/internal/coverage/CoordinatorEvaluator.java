package se.stockholm.vbe.platform.internal.coverage;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.ActionPlan;

/** A local samordnare is appointed when the year's decided plan names the role. */
final class CoordinatorEvaluator implements CoverageEvaluator {

    @Override
    public ItemKind kind() {
        return ItemKind.COORDINATOR_APPOINTED;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        if (facts.decided().isEmpty()) {
            return Verdict.noDecidedPlan(facts.year());
        }
        ActionPlan plan = facts.decided().get();
        return plan.coordinatorRole() == null || plan.coordinatorRole().isBlank()
                ? Verdict.gap("NO_COORDINATOR", "Planen anger ingen lokal samordnare")
                : Verdict.met("COORDINATOR_NAMED", "Samordnare enligt planen: " + plan.coordinatorRole());
    }
}
