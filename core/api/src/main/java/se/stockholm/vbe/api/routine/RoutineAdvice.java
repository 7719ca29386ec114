package se.stockholm.vbe.api.routine;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeContact;

/**
 * What the routine says to do, for the answers given.
 *
 * @param routine the routine's name
 * @param source where the routine is quoted from, so a reader can check the legal references against the law in force
 * @param committeeId the committee asked about; {@code null} if none was
 * @param steps the steps in the order the routine gives them
 * @param contacts the committee's local contacts; empty without a committee or when it gave none
 */
public record RoutineAdvice(String routine, String source, String committeeId, List<RoutineStep> steps,
        List<CommitteeContact> contacts) {
}
