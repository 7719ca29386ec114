package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * A rule's outcome with a message in Swedish that a case officer can act on.
 */
public record RuleResult(Outcome outcome, String message) {

    public RuleResult {
        Validation.require(outcome, "outcome");
        message = Validation.requireText(message, "message", 1_000);
    }

    public static RuleResult pass(String message) {
        return new RuleResult(Outcome.PASS, message);
    }

    public static RuleResult fail(String message) {
        return new RuleResult(Outcome.FAIL, message);
    }

    public static RuleResult review(String message) {
        return new RuleResult(Outcome.REVIEW, message);
    }
}
