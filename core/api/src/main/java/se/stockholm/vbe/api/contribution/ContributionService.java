package se.stockholm.vbe.api.contribution;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.plan.ActionPlan;

/**
 * Keeps the specialist committees' contributions to the districts' situation pictures. Implemented by the platform;
 * thread-safe; methods block on the database, and every change is one audited transaction.
 *
 * <p>Who may do what: a specialist committee's editors send contributions in its name and read their own; whoever
 * sees everything of the district ({@link se.stockholm.vbe.api.Audience#seesEverythingOf}: its editors, the
 * coordinator, readers) reads all of the district's; only its editors and the coordinator take them in; nobody else
 * reads them ({@link se.stockholm.vbe.api.AccessDeniedException}). Taking one in writes the district's plan; a
 * specialist committee never writes it otherwise.
 */
@ProviderType
public interface ContributionService {

    /**
     * Stores a contribution of {@code request.from()} (a {@code SPECIALIST} committee the actor edits) for
     * {@code districtId} (a {@code DISTRICT} committee); returns it as stored. Like an incident report it is
     * de-identified: a section's title or text holding a personal identity number, an e-mail address, a phone number
     * or a street address with a number is an {@link se.stockholm.vbe.api.InvalidInputException} (in Swedish).
     */
    Contribution submit(String districtId, ContributionRequest request, Actor actor);

    /** The district's contributions the actor may read, of one year or (null) of all, newest first. */
    List<Contribution> contributions(String districtId, Integer year, Actor actor);

    /** One of the district's contributions, for those who may read it. */
    Contribution contribution(String districtId, long contributionId, Actor actor);

    /**
     * Takes a contribution into the district's draft plan of its year: its counts are added to the plan's (the
     * same key summed, confidential if either was), its sections appended with its committee's name before their
     * titles. {@code expectedVersion}, when given, is the plan version the caller saw
     * ({@link se.stockholm.vbe.api.PreconditionFailedException} if it moved on). A contribution already taken in
     * is a {@link se.stockholm.vbe.api.ConflictException}.
     *
     * @return the plan with the contribution in it, as the actor may read it
     */
    ActionPlan takeIn(String districtId, int year, long contributionId, Long expectedVersion, Actor actor);
}
