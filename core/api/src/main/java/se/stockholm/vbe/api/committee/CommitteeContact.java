package se.stockholm.vbe.api.committee;

import se.stockholm.vbe.api.Validation;

/**
 * A committee's local contact for the routine at a worry or an incident: a function and how to reach it (a
 * functional mailbox or a switchboard), never a private person. Shown to anyone who asks the routine.
 *
 * @param role the function, e.g. "Lokal samordnare mot våldsbejakande extremism"; one line, at most 200 characters
 * @param reach how to reach the function, e.g. "Stadsdelsförvaltningens växel, 08-508 00 000"; one line, at most 200
 */
public record CommitteeContact(String role, String reach) {

    /** The most contacts a committee may give: a short list, read in a hurry. */
    public static final int MAX_PER_COMMITTEE = 10;

    public CommitteeContact {
        role = Validation.requireLine(role, "role", 200);
        reach = Validation.requireLine(reach, "reach", 200);
    }
}
