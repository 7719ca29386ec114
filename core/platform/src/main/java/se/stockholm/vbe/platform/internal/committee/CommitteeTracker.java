package se.stockholm.vbe.platform.internal.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.json.CommitteeDescriptor;
import se.stockholm.vbe.platform.internal.committee.CommitteeRecorder.PendingRecord;
import se.stockholm.vbe.platform.internal.committee.OwnerStore.Claim;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.spi.Committee;

/**
 * Tracks the committee services of committee bundles (whiteboard), whether a bundle's own component or the
 * descriptor extender registered them. A committee that arrives is read once and checked at once, then taken in
 * with the others arriving meanwhile ({@link Arrivals}: its owner claimed, online, handed to the
 * {@link CommitteeRecorder}); one that leaves goes offline and keeps its plans. A committee that throws, or is
 * invalid, or whose id is owned by another bundle ({@link OwnerStore}), is refused and reported, and nothing
 * else is affected.
 */
@Component(service = CommitteeTracker.class, immediate = true)
public final class CommitteeTracker {

    /** The service property the descriptor extender marks the committees it registers with. */
    public static final String DESCRIPTOR_PROPERTY = "vbe.committee.descriptor";

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeTracker.class);

    private final Database database;
    private final PlanGeneration generation;
    private final BundleContext context;
    private final OwnerStore owners;
    private final CommitteeValidator validator;
    private final NodePresence presence;
    private final CommitteeRegistrations registrations;
    private final CommitteeRecorder recorder;
    private final Runnable bindAwaiting = this::bindAwaiting;
    private final Arrivals<Arrival> arrivals = new Arrivals<>("vbe-committee-arrivals", this::takeIn);
    /**
     * Services refused so far, tried again when a committee goes offline (a second version of the owner's
     * bundle may take over) or changes owner.
     */
    private final Map<Long, ServiceReference<Committee>> refusedReferences = new ConcurrentHashMap<>();
    /** Services whose owner could not be looked up because the database was away; bound when it is back. */
    private final Map<Long, ServiceReference<Committee>> awaitingOwner = new ConcurrentHashMap<>();
    private volatile boolean active;

    @Activate
    public CommitteeTracker(@Reference Database database, @Reference PlanGeneration generation,
            @Reference OwnerStore owners, @Reference CatalogueLimits limits, @Reference NodePresence presence,
            @Reference CommitteeRegistrations registrations, @Reference CommitteeRecorder recorder,
            BundleContext context) {
        this.database = database;
        this.owners = owners;
        this.validator = new CommitteeValidator(limits);
        this.generation = generation;
        this.context = context;
        this.presence = presence;
        this.registrations = registrations;
        this.recorder = recorder;
        presence.reportFrom(() -> registrations.current().online().values().stream().map(CommitteeSnapshot::info)
                .toList());
        active = true;
        database.whenAvailable(bindAwaiting);
    }

    @Deactivate
    void deactivate() {
        active = false;
        arrivals.stop();
        database.stopNotifying(bindAwaiting);
    }

    /** The database is back: the services that waited to learn who owns their ids are bound now. */
    private void bindAwaiting() {
        for (Long serviceId : List.copyOf(awaitingOwner.keySet())) {
            ServiceReference<Committee> waiting = awaitingOwner.remove(serviceId);
            if (waiting != null) {
                ungetQuietly(waiting);
                bindCommittee(waiting);
            }
        }
    }

    @Reference(service = Committee.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCommittee(ServiceReference<Committee> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return; // unregistered already: nothing arrived
        }
        String source = bundle.getSymbolicName() + " " + bundle.getVersion();
        try {
            arrivals.offer(serviceId, new Arrival(reference, serviceId, bundle, source,
                    read(reference, serviceId, bundle)));
        } catch (RuntimeException | LinkageError e) {
            refusedReferences.put(serviceId, reference);
            registrations.refuse(serviceId, bundle, source, e);
        }
    }

    /** A committee service that arrived, with what was read of it. */
    private record Arrival(ServiceReference<Committee> reference, long serviceId, Bundle bundle, String source,
            CommitteeSnapshot snapshot) {

        String id() {
            return snapshot.info().id();
        }
    }

    /**
     * Takes the arrivals in: those whose bundle owns their ids (claimed for it if they have no owner yet) and whose
     * ids no other service holds go online, and are recorded, in one transaction each for the whole batch. If the
     * batch fails, each is taken in on its own, so that only one at fault is refused.
     *
     * @return the import of their shipped plans, to run once they are in
     */
    private Runnable takeIn(List<Arrival> batch) {
        List<Arrival> online = new ArrayList<>();
        Map<Arrival, RuntimeException> refused = new LinkedHashMap<>();
        try {
            registrations.update(current -> {
                // under the lock, so that a transfer in between cannot leave the old owner online
                Map<String, CommitteeOwnership> owners = this.owners.claimAll(batch.stream()
                        .map(arrival -> new Claim(arrival.id(), arrival.bundle().getSymbolicName())).toList());
                Map<String, CommitteeSnapshot> taken = new LinkedHashMap<>();
                for (Arrival arrival : batch) {
                    String owner = owners.get(arrival.id()).bundle();
                    CommitteeSnapshot holder = taken.getOrDefault(arrival.id(), current.online().get(arrival.id()));
                    if (!owner.equals(arrival.bundle().getSymbolicName())) {
                        refused.put(arrival, OwnerStore.notTheOwner(arrival.id(), owner));
                    } else if (holder != null) {
                        refused.put(arrival, new IllegalArgumentException("committee id " + arrival.id()
                                + " is already held by " + holder.info().bundle() + " "
                                + holder.info().bundleVersion() + "; this one is refused"));
                    } else {
                        taken.put(arrival.id(), arrival.snapshot());
                        online.add(arrival);
                    }
                }
                return current.withOnline(taken.values());
            });
        } catch (UnavailableException e) {
            for (Arrival arrival : batch) {
                awaitingOwner.put(arrival.serviceId(), arrival.reference());
                LOG.info("Committee service from {} waits for the database to say who owns its id: {}",
                        arrival.source(), e.getMessage());
            }
            return () -> { };
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                online.clear();
                refused.clear();
                refused.put(batch.get(0), e);
            } else {
                List<Runnable> afterwards = batch.stream().map(arrival -> takeIn(List.of(arrival))).toList();
                return () -> afterwards.forEach(Runnable::run);
            }
        }
        refused.forEach((arrival, e) -> {
            refusedReferences.put(arrival.serviceId(), arrival.reference());
            registrations.refuse(arrival.serviceId(), arrival.bundle(), arrival.source(), e);
        });
        if (online.isEmpty()) {
            return () -> { };
        }
        Map<Long, PendingRecord> records = new LinkedHashMap<>();
        for (Arrival arrival : online) {
            LOG.info("Committee {} ({}) is online from {}", arrival.id(), arrival.snapshot().info().name(),
                    arrival.source());
            records.put(arrival.serviceId(), new PendingRecord(arrival.reference(), arrival.snapshot().info(),
                    arrival.source()));
        }
        Map<Long, PendingRecord> recorded = recorder.recordAll(records);
        presence.changed();
        return () -> recorder.importShipped(recorded);
    }

    /**
     * The owner of a committee id changed: a snapshot of another bundle goes offline (and is refused when
     * tried again), and a refused one of the new owner is taken into use.
     */
    void ownerChanged(String committeeId, String owner) {
        CommitteeSnapshot[] leaving = new CommitteeSnapshot[1];
        arrivals.whileNoBatch(() -> registrations.update(current -> {
            CommitteeSnapshot holder = current.online().get(committeeId);
            if (holder == null || owner.equals(holder.info().bundle())) {
                return current;
            }
            leaving[0] = holder;
            return current.without(holder.serviceId());
        }));
        CommitteeSnapshot holder = leaving[0];
        if (holder != null) {
            LOG.warn("Committee {} is offline: its id now belongs to bundle {}, not {}", committeeId, owner,
                    holder.info().bundle());
            registrations.events().offline(holder.info(), "id:t tillhör nu modulen " + owner);
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

    void unbindCommittee(ServiceReference<Committee> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        arrivals.withdraw(serviceId); // still waiting: it never went online; being taken in: it is in now
        recorder.forget(serviceId);
        awaitingOwner.remove(serviceId);
        Optional<CommitteeSnapshot> leaving = registrations.current().online().values().stream()
                .filter(c -> c.serviceId() == serviceId).findFirst();
        boolean wasOnline = leaving.isPresent();
        leaving.ifPresent(c -> LOG.info("Committee {} is offline: its bundle {} {} is gone or stopped; its plans stay",
                c.info().id(), c.info().bundle(), c.info().bundleVersion()));
        refusedReferences.remove(serviceId);
        registrations.events().forget(serviceId);
        arrivals.whileNoBatch(() -> registrations.update(current -> current.without(serviceId)));
        if (active) {
            generation.changed();
            presence.changed();
            ungetQuietly(reference);
            leaving.ifPresent(c -> registrations.events().offline(c.info(), "modulen är borttagen eller stoppad"));
            if (wasOnline) {
                retryRefused();
            }
        }
    }

    /**
     * A committee went offline or changed owner: a refused service of its owner may take it now. Its refusal stays
     * until the new attempt replaces it, so health never shows a moment without it.
     */
    private void retryRefused() {
        for (Map.Entry<Long, ServiceReference<Committee>> refused : Map.copyOf(refusedReferences).entrySet()) {
            if (refusedReferences.remove(refused.getKey()) != null) {
                ungetQuietly(refused.getValue());
                bindCommittee(refused.getValue());
            }
        }
    }

    private CommitteeSnapshot read(ServiceReference<Committee> reference, long serviceId, Bundle bundle) {
        if (bundle != null && reference.getProperty(DESCRIPTOR_PROPERTY) == null
                && bundle.getEntry(CommitteeDescriptor.RESOURCE) != null) {
            throw new IllegalArgumentException("the bundle has a committee descriptor (" + CommitteeDescriptor.RESOURCE
                    + ") and registers a Committee service of its own: a committee has one source, so this service "
                    + "is refused; remove the descriptor or the component");
        }
        Committee committee = context.getService(reference);
        if (committee == null) {
            throw new IllegalStateException("its component failed to activate (see the log above)");
        }
        CommitteeValidator.Valid valid = validator.check(committee);
        String id = valid.id();
        DeclaredCommittee.require(bundle, id, "the committee service");
        CommitteeInfo info = new CommitteeInfo(id, valid.name(), valid.kind(), true,
                bundle == null ? null : bundle.getSymbolicName(),
                bundle == null ? null : bundle.getVersion().toString(), StoredTime.now(), List.of());
        return new CommitteeSnapshot(serviceId, info, valid.catalogue(), valid.contacts(), valid.grantWindows());
    }

    private void ungetQuietly(ServiceReference<Committee> reference) {
        try {
            context.ungetService(reference);
        } catch (IllegalStateException alreadyGone) {
            // the bundle context or the service went first; nothing is held any more
        }
    }

    /** Whether any service waits for the database to say who owns its committee id; no copy. */
    boolean anyAwaitingOwner() {
        return !awaitingOwner.isEmpty();
    }

    /** The services that wait for the database to say who owns their committee ids. */
    List<String> awaitingOwner() {
        return awaitingOwner.values().stream().map(reference -> "service "
                + reference.getProperty(Constants.SERVICE_ID) + " of " + reference.getBundle()).toList();
    }
}
