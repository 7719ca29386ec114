package se.stockholm.vbe.platform.internal.coverage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanVersion;

/**
 * The plan is adopted by the committee and approved by kommunstyrelsen in time: the latest approval of the
 * year's plan was taken at a meeting on or before the item's deadline in the plan year. An approval without a
 * recorded meeting date (as the shipped sample plans are) cannot show that it was in time, so it is a gap.
 */
final class ApprovalEvaluator implements CoverageEvaluator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv"));

    @Override
    public ItemKind kind() {
        return ItemKind.PLAN_APPROVED_IN_TIME;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        LocalDate deadline = item.deadlineDay().atYear(facts.year());
        Optional<PlanVersion> approval = facts.decisions().stream().filter(v -> v.status() == PlanStatus.APPROVED)
                .max(Comparator.comparingInt(PlanVersion::number));
        if (approval.isEmpty()) {
            boolean adopted = facts.decisions().stream().anyMatch(v -> v.status() == PlanStatus.ADOPTED);
            return adopted ? Verdict.gap("NOT_APPROVED", "Antagen av nämnden men inte godkänd av kommunstyrelsen")
                    : Verdict.gap("NOT_DECIDED", "Planen för " + facts.year() + " är inte antagen av nämnden");
        }
        LocalDate meeting = approval.get().meetingDate();
        String due = DAY.format(deadline);
        if (meeting == null) {
            return Verdict.gap("APPROVAL_DATE_UNKNOWN", "Godkänd, men sammanträdesdatum saknas: kan inte visa att det "
                    + "skedde senast " + due);
        }
        return meeting.isAfter(deadline)
                ? Verdict.gap("APPROVED_LATE", "Godkänd " + meeting + ", efter " + due)
                : Verdict.met("APPROVED_IN_TIME", "Godkänd " + meeting + ", senast " + due);
    }
}
