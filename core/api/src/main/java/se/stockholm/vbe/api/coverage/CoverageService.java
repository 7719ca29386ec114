package se.stockholm.vbe.api.coverage;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The committees' coverage of the city's guidelines. Implemented by the platform; thread-safe; methods block
 * on the database. Changes are audited. Errors as {@link se.stockholm.vbe.api.plan.PlanService}'s.
 */
@ProviderType
public interface CoverageService {

    /** The checklist in force: the coordinator's, or the configured default. Public. */
    Checklist checklist();

    /**
     * Replaces the checklist; only the coordinator may. Ticks of items no longer listed are kept, and count again
     * if the item comes back.
     */
    Checklist setChecklist(Checklist checklist, Actor actor);

    /**
     * The matrix of a year. Every item is evaluated on what the actor may read: an anonymous caller gets public
     * facts only and no tick comments or names.
     */
    CoverageMatrix matrix(int year, Actor actor);

    /**
     * Records a committee's tick of an item of kind {@link ItemKind#COMMITTEE_TICK}; only its editors (and the
     * coordinator) may.
     *
     * @return the committee's cell for the item as it now is
     */
    CoverageCell tick(String committeeId, int year, String itemId, CoverageTick tick, Actor actor);
}
