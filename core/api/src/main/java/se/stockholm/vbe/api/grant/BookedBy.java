package se.stockholm.vbe.api.grant;

/**
 * Who made a premises booking: the organisation itself, or a private person on its behalf.
 */
public enum BookedBy {
    ORGANISATION, PRIVATE_PERSON
}
