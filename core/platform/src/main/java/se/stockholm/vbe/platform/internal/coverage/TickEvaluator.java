package se.stockholm.vbe.platform.internal.coverage;

import java.time.LocalDate;

import se.stockholm.vbe.api.coverage.CellStatus;
import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/** Where data cannot say (the oro routine known): what the committee ticked, a gap until it has. */
final class TickEvaluator implements CoverageEvaluator {

    @Override
    public ItemKind kind() {
        return ItemKind.COMMITTEE_TICK;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        StoredTick tick = facts.ticks().get(item.id());
        if (tick == null) {
            return Verdict.gap("NOT_TICKED", "Nämnden har inte bockat av punkten");
        }
        LocalDate day = LocalDate.ofInstant(tick.tickedAt(), StoredTime.CITY);
        return tick.done() ? new Verdict(CellStatus.TICKED, "TICKED", "Avbockat av nämnden " + day)
                : Verdict.gap("TICKED_NOT_DONE", "Nämnden angav " + day + " att det inte finns på plats");
    }
}
