package se.stockholm.vbe.platform.internal.committee;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.health.HealthProblem;

/**
 * An immutable picture of the committees: all ever seen, those online with their snapshots, and the
 * services that were refused. Replaced whole on every change, so readers never see half an update.
 *
 * @param known every committee ever seen, ordered by id
 * @param online the snapshots of the committees online now, by id
 * @param refused why a committee service was refused, by service id
 */
record Registrations(Map<String, CommitteeInfo> known, Map<String, CommitteeSnapshot> online,
        Map<Long, HealthProblem> refused) {

    static final Registrations EMPTY = new Registrations(Map.of(), Map.of(), Map.of());

    Registrations {
        known = Collections.unmodifiableMap(new TreeMap<>(known));
        online = Collections.unmodifiableMap(new TreeMap<>(online));
        refused = Collections.unmodifiableMap(new TreeMap<>(refused));
    }

    Registrations withKnown(CommitteeInfo committee) {
        Map<String, CommitteeInfo> all = new TreeMap<>(known);
        all.put(committee.id(), committee);
        return new Registrations(all, online, refused);
    }

    /** With the snapshot online; a refusal the same service had before is over. */
    Registrations withOnline(CommitteeSnapshot snapshot) {
        return withOnline(List.of(snapshot));
    }

    /** With the snapshots online, in one copy of the maps; refusals the same services had before are over. */
    Registrations withOnline(Collection<CommitteeSnapshot> snapshots) {
        Map<String, CommitteeInfo> allKnown = new TreeMap<>(known);
        Map<String, CommitteeSnapshot> all = new TreeMap<>(online);
        Map<Long, HealthProblem> stillRefused = new TreeMap<>(refused);
        for (CommitteeSnapshot snapshot : snapshots) {
            allKnown.put(snapshot.info().id(), snapshot.info());
            all.put(snapshot.info().id(), snapshot);
            stillRefused.remove(snapshot.serviceId());
        }
        return new Registrations(allKnown, all, stillRefused);
    }

    Registrations withRefused(long serviceId, HealthProblem problem) {
        Map<Long, HealthProblem> all = new TreeMap<>(refused);
        all.put(serviceId, problem);
        return new Registrations(known, online, all);
    }

    /** Without whatever the service contributed or was refused for. */
    Registrations without(long serviceId) {
        Map<String, CommitteeSnapshot> stillOnline = new TreeMap<>(online);
        Map<String, CommitteeInfo> all = new TreeMap<>(known);
        online.values().stream().filter(c -> c.serviceId() == serviceId).findFirst().ifPresent(gone -> {
            stillOnline.remove(gone.info().id());
            CommitteeInfo info = gone.info();
            all.put(info.id(), new CommitteeInfo(info.id(), info.name(), info.kind(), false, info.bundle(),
                    info.bundleVersion(), info.lastSeen(), info.features()));
        });
        Map<Long, HealthProblem> stillRefused = new TreeMap<>(refused);
        stillRefused.remove(serviceId);
        return new Registrations(all, stillOnline, stillRefused);
    }
}
