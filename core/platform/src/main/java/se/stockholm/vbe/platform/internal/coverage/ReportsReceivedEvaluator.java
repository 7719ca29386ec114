package se.stockholm.vbe.platform.internal.coverage;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;

/**
 * The committee received de-identified incident reports for the year's months, whatever their review: the
 * blankett is known and used. Says only whether, never how many (a count could be small).
 */
final class ReportsReceivedEvaluator implements CoverageEvaluator {

    @Override
    public ItemKind kind() {
        return ItemKind.INCIDENT_REPORTS_RECEIVED;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        return facts.reportsReceived() > 0
                ? Verdict.met("REPORTS_RECEIVED", "Nämnden har tagit emot avidentifierade rapporter för "
                        + facts.year())
                : Verdict.gap("NO_REPORTS_RECEIVED", "Nämnden har inte tagit emot någon avidentifierad rapport för "
                        + facts.year());
    }
}
