package se.stockholm.vbe.api.grant;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The city's stop list, kept by the coordinator; every change is recorded. Implemented by the platform.
 */
@ProviderType
public interface StopList {

    List<StopListEntry> entries(Actor actor);

    Optional<StopListEntry> find(String organisationNumber);

    StopListEntry add(StopListEntry entry, Actor actor);

    void remove(String organisationNumber, Actor actor);
}
