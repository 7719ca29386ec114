package se.stockholm.vbe.api.feature;

/**
 * A capability the coordinator can switch on or off per committee.
 *
 * @param id e.g. {@code association-grant-check}, or a local rule's id
 * @param title a short Swedish name
 * @param description what it does
 * @param committeeId the committee it belongs to, for a committee's own rule; {@code null} for platform features
 */
public record Feature(String id, String title, String description, String committeeId) {

    public static final String ASSOCIATION_GRANT_CHECK = "association-grant-check";
    public static final String PREMISES_RENTAL_CHECK = "premises-rental-check";
    public static final String FOLLOW_UP = "follow-up";
}
