package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * What a case officer records for a reclaim.
 *
 * @param reason what was established
 * @param decisionReference the diary number (diarienummer) of the decision
 */
public record ReclaimRequest(String reason, String decisionReference) {

    public ReclaimRequest {
        reason = Validation.requireText(reason, "reason", 2_000);
        decisionReference = Validation.requireLine(decisionReference, "decisionReference", 100);
    }
}
