package se.stockholm.vbe.api.grant;

/**
 * What one rule says about an application.
 */
public enum Outcome {
    /** The rule is met. */
    PASS,
    /** The rule is broken: the application must be refused. */
    FAIL,
    /** A case officer must look at it (also when the rule could not be run). */
    REVIEW
}
