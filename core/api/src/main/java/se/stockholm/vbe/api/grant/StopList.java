package se.stockholm.vbe.api.grant;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Page;

/**
 * The city's stop list, kept by the coordinator; every change is recorded. Implemented by the platform.
 */
@ProviderType
public interface StopList {

    List<StopListEntry> entries(Actor actor);

    /**
     * A page of the stop list in order of organisation number: at most {@code limit} entries after the number
     * {@code after} ({@code null}: from the first). The page's cursor is the number of its last entry.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException if {@code limit} is outside 1 to {@link Page#MAX_LIMIT}
     */
    Page<StopListEntry> entries(String after, int limit, Actor actor);

    Optional<StopListEntry> find(String organisationNumber);

    StopListEntry add(StopListEntry entry, Actor actor);

    void remove(String organisationNumber, Actor actor);
}
