package se.stockholm.vbe.api.grant;

/**
 * One rule's part in a decision.
 *
 * @param rule the rule's id
 * @param outcome what it said
 * @param message why, in Swedish
 */
public record Reason(String rule, Outcome outcome, String message) {
}
