package se.stockholm.vbe.platform.internal.committee;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeNode;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * Answers which committees there are, on which nodes, and their catalogues: those online here as the tracker has
 * them, and those recorded by any node (offline here) from the database.
 */
@Component(service = CommitteeDirectory.class)
public final class CommitteeDirectoryService implements CommitteeDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeDirectoryService.class);

    private final Database database;
    private final PlanGeneration generation;
    private final NodePresence presence;
    private final CommitteeRegistrations registrations;
    private final CommitteeStore store = new CommitteeStore();
    /** The generation at which the committees recorded by every node were last read into the registrations. */
    private volatile long knownAt = Long.MIN_VALUE;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeatureService features;

    @Activate
    public CommitteeDirectoryService(@Reference Database database, @Reference PlanGeneration generation,
            @Reference NodePresence presence, @Reference CommitteeRegistrations registrations) {
        this.database = database;
        this.generation = generation;
        this.presence = presence;
        this.registrations = registrations;
    }

    @Override
    public List<CommitteeInfo> committees() {
        readRecorded();
        return registrations.current().known().values().stream().map(this::withFeatures).toList();
    }

    @Override
    public Optional<CommitteeInfo> committee(String id) {
        if (!registrations.current().known().containsKey(id)) {
            readRecorded();
        }
        return Optional.ofNullable(registrations.current().known().get(id)).map(this::withFeatures);
    }

    @Override
    public Map<String, List<CommitteeNode>> nodes() {
        return presence.nodes();
    }

    @Override
    public List<ActivityTemplate> catalogue(String id) {
        Registrations current = registrations.current();
        if (!current.known().containsKey(id)) {
            throw new NotFoundException("no committee " + id);
        }
        CommitteeSnapshot snapshot = current.online().get(id);
        return snapshot == null ? List.of() : snapshot.catalogue();
    }

    @Override
    public List<CommitteeContact> contacts(String id) {
        CommitteeSnapshot snapshot = snapshot(id);
        return snapshot == null ? List.of() : snapshot.contacts();
    }

    @Override
    public List<GrantWindow> grantWindows(String id) {
        CommitteeSnapshot snapshot = snapshot(id);
        return snapshot == null ? List.of() : snapshot.grantWindows();
    }

    /** What an online committee contributed here; {@code null} for one known but offline. */
    private CommitteeSnapshot snapshot(String id) {
        Registrations current = registrations.current();
        if (!current.known().containsKey(id)) {
            readRecorded();
            current = registrations.current();
            if (!current.known().containsKey(id)) {
                throw new NotFoundException("no committee " + id);
            }
        }
        return current.online().get(id);
    }

    /**
     * Reads the committees every node recorded, when the generation moved on since the last read: one on another
     * node is known here too (offline here), with its plans. Those online here stay as this node has them.
     */
    private void readRecorded() {
        try {
            long now = generation.current();
            if (now == knownAt) {
                return;
            }
            List<CommitteeInfo> recorded = database.transaction(store::all);
            registrations.withRecorded(recorded, (current, committee) -> !current.online().containsKey(committee.id()));
            knownAt = now;
        } catch (UnavailableException e) {
            LOG.debug("Showing the committees known here; the database cannot say more: {}", e.getMessage());
        }
    }

    /** The committee with the features the coordinator has enabled for it, when those can be read. */
    private CommitteeInfo withFeatures(CommitteeInfo info) {
        FeatureService current = features;
        if (current == null) {
            return info;
        }
        try {
            return new CommitteeInfo(info.id(), info.name(), info.kind(), info.online(), info.bundle(),
                    info.bundleVersion(), info.lastSeen(), current.enabled(info.id()));
        } catch (UnavailableException e) {
            return info;
        }
    }
}
