package se.stockholm.vbe.api.audit;

/**
 * Through what a change came in.
 */
public enum AuditChannel {
    /** A signed-in user over the REST API (or the web application on it). */
    REST,
    /** An operator in the Karaf shell, recorded as {@code shell:<user>}. */
    SHELL,
    /** A plan shipped in a committee bundle, recorded as {@code import:<bundle>}. */
    IMPORT,
    /** A committee bundle coming, going or being refused, recorded as {@code bundle:<symbolic name>}. */
    BUNDLE
}
