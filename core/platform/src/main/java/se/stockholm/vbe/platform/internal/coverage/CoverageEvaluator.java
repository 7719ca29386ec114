package se.stockholm.vbe.platform.internal.coverage;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;

/**
 * Evaluates the items of one {@link ItemKind} from a committee's facts. An evaluator looks only at what its item
 * needs; a kind without an evaluator cannot be put on the checklist. Implementations are stateless and thread-safe.
 */
interface CoverageEvaluator {

    ItemKind kind();

    Verdict evaluate(ChecklistItem item, CommitteeFacts facts);
}
