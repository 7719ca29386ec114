package se.stockholm.vbe.platform.internal.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.committee.CommitteeNode;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.NamedLock;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.platform.internal.plan.ShippedPlanImporter;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Tracks the committee services of committee bundles (whiteboard). A committee that arrives is read
 * once, checked, remembered in the database and its shipped plans imported; one that leaves goes
 * offline and keeps its plans. A committee that throws, or is invalid, or whose id is owned by another
 * bundle ({@link OwnerStore}), is refused and reported, and nothing else is affected.
 */
@Component(service = {CommitteeDirectory.class, CommitteeRegistry.class}, immediate = true)
public final class CommitteeRegistry implements CommitteeDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeRegistry.class);

    private final Database database;
    private final ShippedPlanImporter importer;
    private final PlanGeneration generation;
    private final BundleContext context;
    private final OwnerStore owners;
    private final CatalogueLimits limits;
    private final NodePresence presence;
    private final CommitteeStore store = new CommitteeStore();
    private final CommitteeEvents events;
    private final Object writeLock = new Object();
    private volatile Registrations registrations = Registrations.EMPTY;
    /** Online committees not yet recorded in the database, with their shipped plans not yet imported. */
    private final Map<Long, PendingRecord> pending = new ConcurrentHashMap<>();
    private final Object persistLock = new Object();
    private final Runnable catchUp = this::catchUp;
    /**
     * Services refused so far, tried again when a committee goes offline (a second version of the owner's
     * bundle may take over) or changes owner.
     */
    private final Map<Long, ServiceReference<Committee>> refusedReferences = new ConcurrentHashMap<>();
    /** Services whose owner could not be looked up because the database was away; bound when it is back. */
    private final Map<Long, ServiceReference<Committee>> awaitingOwner = new ConcurrentHashMap<>();
    private volatile boolean active;
    /** The generation at which the committees recorded by every node were last read into {@code registrations}. */
    private volatile long knownAt = Long.MIN_VALUE;

    @Activate
    public CommitteeRegistry(@Reference Database database, @Reference ShippedPlanImporter importer,
            @Reference PlanGeneration generation, @Reference OwnerStore owners, @Reference CatalogueLimits limits,
            @Reference NodePresence presence, BundleContext context) {
        this.database = database;
        this.owners = owners;
        this.limits = limits;
        this.importer = importer;
        this.generation = generation;
        this.context = context;
        this.presence = presence;
        this.events = new CommitteeEvents(database);
        presence.reportFrom(() -> registrations.online().values().stream().map(Contribution::info).toList());
        active = true;
        database.whenAvailable(catchUp);
    }

    /** What an online committee still needs written once the database is there. */
    private record PendingRecord(ServiceReference<Committee> reference, CommitteeInfo info, String source) {
    }

    @Deactivate
    void deactivate() {
        active = false;
        database.stopNotifying(catchUp);
    }

    /** Reads the committees seen before and records the ones that came online while the database was away. */
    private void catchUp() {
        try {
            List<CommitteeInfo> seen = database.transaction(store::all);
            synchronized (writeLock) {
                Registrations current = registrations;
                for (CommitteeInfo committee : seen) {
                    if (!current.known().containsKey(committee.id())) {
                        current = current.withKnown(committee);
                    }
                }
                registrations = current;
            }
            for (Long serviceId : List.copyOf(awaitingOwner.keySet())) {
                ServiceReference<Committee> waiting = awaitingOwner.remove(serviceId);
                if (waiting != null) {
                    ungetQuietly(waiting);
                    bindCommittee(waiting);
                }
            }
            for (Long serviceId : List.copyOf(pending.keySet())) {
                PendingRecord record = pending.get(serviceId);
                if (record != null) {
                    persist(serviceId, record);
                }
            }
            generation.changed();
        } catch (UnavailableException e) {
            LOG.warn("Cannot read the known committees yet: {}", e.getMessage());
        }
    }

    @Reference(service = Committee.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCommittee(ServiceReference<Committee> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        String source = bundle == null ? "service " + serviceId
                : bundle.getSymbolicName() + " " + bundle.getVersion();
        try {
            Contribution contribution = read(reference, serviceId, bundle);
            synchronized (writeLock) {
                // under the lock, so that a transfer in between cannot leave the old owner online
                owners.requireOwner(contribution.info().id(), bundle.getSymbolicName());
                Contribution holder = registrations.online().get(contribution.info().id());
                if (holder != null) {
                    throw new IllegalArgumentException("committee id " + contribution.info().id()
                            + " is already held by " + holder.info().bundle() + " " + holder.info().bundleVersion()
                            + "; this one is refused");
                }
                registrations = registrations.withOnline(contribution);
            }
            LOG.info("Committee {} ({}) is online from {}", contribution.info().id(), contribution.info().name(),
                    source);
            persist(serviceId, new PendingRecord(reference, contribution.info(), source));
            presence.changed();
        } catch (UnavailableException e) {
            awaitingOwner.put(serviceId, reference);
            LOG.info("Committee service from {} waits for the database to say who owns its id: {}", source,
                    e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            refusedReferences.put(serviceId, reference);
            refuse(serviceId, bundle, source, e);
        }
    }

    /**
     * The owner of a committee id changed: a contribution of another bundle goes offline (and is refused when
     * tried again), and a refused one of the new owner is taken into use.
     */
    void ownerChanged(String committeeId, String owner) {
        Contribution holder;
        synchronized (writeLock) {
            holder = registrations.online().get(committeeId);
            if (holder == null || owner.equals(holder.info().bundle())) {
                holder = null;
            } else {
                registrations = registrations.without(holder.serviceId());
            }
        }
        if (holder != null) {
            LOG.warn("Committee {} is offline: its id now belongs to bundle {}, not {}", committeeId, owner,
                    holder.info().bundle());
            events.offline(holder.info(), "id:t tillhör nu modulen " + owner);
            ServiceReference<Committee> reference = holderReference(holder.serviceId());
            if (reference != null) {
                refusedReferences.put(holder.serviceId(), reference);
            }
            generation.changed();
            presence.changed();
        }
        retryRefused();
    }

    private ServiceReference<Committee> holderReference(long serviceId) {
        try {
            ServiceReference<?>[] found = context.getServiceReferences(Committee.class.getName(),
                    "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            @SuppressWarnings("unchecked")
            ServiceReference<Committee> reference = found == null ? null : (ServiceReference<Committee>) found[0];
            return reference;
        } catch (org.osgi.framework.InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Records the committee and imports its shipped plans; if the database is not there yet, keeps the
     * work pending until it is. A shipped plan that is invalid refuses the committee.
     */
    private void persist(long serviceId, PendingRecord record) {
        synchronized (persistLock) {
            tryToPersist(serviceId, record);
        }
    }

    /**
     * Only a committee the database could not take is pending (and holds the platform's readiness): one
     * arriving while the database works is recorded at once, and the platform stays ready meanwhile.
     */
    private void tryToPersist(long serviceId, PendingRecord record) {
        try {
            database.transaction(connection -> {
                // nodes starting together record the same committee: one after the other, never twice
                NamedLock.COMMITTEES.hold(connection);
                store.save(connection, record.info());
                events.online(connection, record.info(), serviceId);
                PlanGeneration.bump(connection);
                return null;
            });
            importShippedPlans(record.reference(), record.info().id(), record.source());
            pending.remove(serviceId);
        } catch (UnavailableException e) {
            pending.put(serviceId, record);
            LOG.info("Committee {} will be recorded when the database is available: {}", record.info().id(),
                    e.getMessage());
        } catch (RuntimeException e) {
            pending.remove(serviceId);
            synchronized (writeLock) {
                registrations = registrations.without(serviceId);
            }
            refuse(serviceId, record.reference().getBundle(), record.source(), e);
        }
    }

    private void refuse(long serviceId, Bundle bundle, String source, Throwable e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.toString();
        LOG.error("Committee service from {} refused: {}", source, reason, e);
        events.refused(serviceId, bundle, reason);
        synchronized (writeLock) {
            registrations = registrations.withRefused(serviceId, new HealthProblem(source, reason));
        }
    }

    void unbindCommittee(ServiceReference<Committee> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        pending.remove(serviceId);
        awaitingOwner.remove(serviceId);
        Optional<Contribution> leaving = registrations.online().values().stream()
                .filter(c -> c.serviceId() == serviceId).findFirst();
        boolean wasOnline = leaving.isPresent();
        leaving.ifPresent(c -> LOG.info("Committee {} is offline: its bundle {} {} is gone or stopped; its plans stay",
                c.info().id(), c.info().bundle(), c.info().bundleVersion()));
        refusedReferences.remove(serviceId);
        events.forget(serviceId);
        synchronized (writeLock) {
            registrations = registrations.without(serviceId);
        }
        if (active) {
            generation.changed();
            presence.changed();
            ungetQuietly(reference);
            leaving.ifPresent(c -> events.offline(c.info(), "modulen är borttagen eller stoppad"));
            if (wasOnline) {
                retryRefused();
            }
        }
    }

    /** A committee went offline or changed owner: a refused service of its owner may take it now. */
    private void retryRefused() {
        for (Map.Entry<Long, ServiceReference<Committee>> refused : Map.copyOf(refusedReferences).entrySet()) {
            if (refusedReferences.remove(refused.getKey()) != null) {
                synchronized (writeLock) {
                    registrations = registrations.without(refused.getKey());
                }
                ungetQuietly(refused.getValue());
                bindCommittee(refused.getValue());
            }
        }
    }

    private Contribution read(ServiceReference<Committee> reference, long serviceId, Bundle bundle) {
        Committee committee = context.getService(reference);
        if (committee == null) {
            throw new IllegalStateException("its component failed to activate (see the log above)");
        }
        String id = Validation.requireSlug(committee.id(), "id");
        DeclaredCommittee.require(bundle, id, "the committee service");
        String name = Validation.requireLine(committee.name(), "name", 200);
        CommitteeKind kind = Validation.require(committee.kind(), "kind");
        List<ActivityTemplate> catalogue = Validation.list(committee.catalogue(), "catalogue");
        limits.check(catalogue);
        Set<String> templateIds = new HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            ActivityTemplate template = catalogue.get(i);
            PersonalDataGuard.check(template, "catalogue[" + i + "]");
            if (!templateIds.add(template.id())) {
                throw new IllegalArgumentException("catalogue has the template id " + template.id() + " twice");
            }
        }
        CommitteeInfo info = new CommitteeInfo(id, name, kind, true,
                bundle == null ? null : bundle.getSymbolicName(),
                bundle == null ? null : bundle.getVersion().toString(), StoredTime.now(), List.of());
        return new Contribution(serviceId, info, List.copyOf(catalogue));
    }

    private void importShippedPlans(ServiceReference<Committee> reference, String committeeId, String source) {
        Committee committee = context.getService(reference);
        try {
            for (ShippedPlan shipped : Validation.list(committee.shippedPlans(), "shippedPlans")) {
                importer.importOnce(committeeId, shipped, "import:" + source);
            }
        } finally {
            context.ungetService(reference);
        }
    }

    private void ungetQuietly(ServiceReference<Committee> reference) {
        try {
            context.ungetService(reference);
        } catch (IllegalStateException alreadyGone) {
            // the bundle context or the service went first; nothing is held any more
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeatureService features;

    @Override
    public List<CommitteeInfo> committees() {
        readRecorded();
        return registrations.known().values().stream().map(this::withFeatures).toList();
    }

    @Override
    public Optional<CommitteeInfo> committee(String id) {
        if (!registrations.known().containsKey(id)) {
            readRecorded();
        }
        return Optional.ofNullable(registrations.known().get(id)).map(this::withFeatures);
    }

    @Override
    public Map<String, List<CommitteeNode>> nodes() {
        return presence.nodes();
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
            synchronized (writeLock) {
                Registrations current = registrations;
                for (CommitteeInfo committee : recorded) {
                    if (!current.online().containsKey(committee.id())) {
                        current = current.withKnown(committee);
                    }
                }
                registrations = current;
            }
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

    @Override
    public List<ActivityTemplate> catalogue(String id) {
        Registrations current = registrations;
        if (!current.known().containsKey(id)) {
            throw new NotFoundException("no committee " + id);
        }
        Contribution contribution = current.online().get(id);
        return contribution == null ? List.of() : contribution.catalogue();
    }

    /** The committees that are online but not yet recorded, while the database is not there. */
    public List<String> waitingForDatabase() {
        List<String> waiting = new ArrayList<>(pending.values().stream().map(record -> record.info().id()).toList());
        awaitingOwner.values().forEach(reference -> waiting.add("service " + reference.getProperty(Constants.SERVICE_ID)
                + " of " + reference.getBundle()));
        return waiting.stream().sorted().toList();
    }

    /** Why a committee service of {@code source} ({@code symbolic-name version}) was refused, if it was. */
    public Optional<String> refusal(String source) {
        return registrations.refused().values().stream().filter(problem -> problem.source().equals(source))
                .map(HealthProblem::message).findFirst();
    }

    /**
     * What keeps the committees from being healthy: refused services, committee bundles that never got as far
     * as registering a committee, and committee bundles the nodes of the installation disagree on.
     */
    public List<HealthProblem> problems() {
        Registrations current = registrations;
        List<HealthProblem> problems = new ArrayList<>(current.refused().values());
        Set<String> contributingBundles = new HashSet<>();
        current.online().values().forEach(c -> contributingBundles.add(c.info().bundle() + " " + c.info().bundleVersion()));
        for (Bundle bundle : context.getBundles()) {
            String declared = bundle.getHeaders("").get(DeclaredCommittee.HEADER);
            if (declared == null) {
                continue;
            }
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(new HealthProblem(name, "declares committee " + declared + " but does not resolve: "
                        + "its imports cannot be satisfied (bundle:diag " + bundle.getBundleId() + " says which)"));
            } else if (bundle.getState() == Bundle.ACTIVE && !contributingBundles.contains(name)
                    && current.refused().values().stream().noneMatch(p -> p.source().equals(name))) {
                problems.add(new HealthProblem(name, "declares committee " + declared
                        + " but has registered no committee service (did its component fail? see the log)"));
            }
        }
        problems.addAll(presence.problems());
        return problems;
    }
}
