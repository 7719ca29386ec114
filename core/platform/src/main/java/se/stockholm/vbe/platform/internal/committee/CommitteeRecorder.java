package se.stockholm.vbe.platform.internal.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.NamedLock;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;
import se.stockholm.vbe.platform.internal.plan.ShippedPlanImporter;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Writes the committees that come online into the database and imports their shipped plans; while the database
 * is away it keeps that work pending, and catches up when the database is back (with the committees recorded
 * before, by any node).
 */
@Component(service = CommitteeRecorder.class)
public final class CommitteeRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeRecorder.class);

    private final Database database;
    private final ShippedPlanImporter importer;
    private final PlanGeneration generation;
    private final CommitteeRegistrations registrations;
    private final BundleContext context;
    private final CommitteeStore store = new CommitteeStore();
    /** Online committees not yet recorded in the database, with their shipped plans not yet imported. */
    private final Map<Long, PendingRecord> pending = new ConcurrentHashMap<>();
    private final Object persistLock = new Object();
    private final Runnable catchUp = this::catchUp;

    @Activate
    public CommitteeRecorder(@Reference Database database, @Reference ShippedPlanImporter importer,
            @Reference PlanGeneration generation, @Reference CommitteeRegistrations registrations,
            BundleContext context) {
        this.database = database;
        this.importer = importer;
        this.generation = generation;
        this.registrations = registrations;
        this.context = context;
        database.whenAvailable(catchUp);
    }

    /** What an online committee still needs written once the database is there. */
    record PendingRecord(ServiceReference<Committee> reference, CommitteeInfo info, String source) {
    }

    @Deactivate
    void deactivate() {
        database.stopNotifying(catchUp);
    }

    /** Reads the committees seen before and records the ones that came online while the database was away. */
    private void catchUp() {
        try {
            List<CommitteeInfo> seen = database.transaction(store::all);
            registrations.withRecorded(seen, (current, committee) -> !current.known().containsKey(committee.id()));
            for (Long serviceId : List.copyOf(pending.keySet())) {
                PendingRecord record = pending.get(serviceId);
                if (record != null) {
                    record(serviceId, record);
                }
            }
            generation.changed();
        } catch (UnavailableException e) {
            LOG.warn("Cannot read the known committees yet: {}", e.getMessage());
        }
    }

    /**
     * Records the committee and imports its shipped plans; if the database is not there yet, keeps the
     * work pending until it is. A shipped plan that is invalid refuses the committee.
     */
    void record(long serviceId, PendingRecord record) {
        importShipped(recordAll(Map.of(serviceId, record)));
    }

    /**
     * Records the committees (by service id) in one transaction, or one by one if that fails, so that only a
     * committee at fault is refused; those the database could not take stay pending (and hold the platform's
     * readiness) until it can. One arriving while the database works is recorded at once, and the platform stays
     * ready meanwhile.
     *
     * @return the committees recorded, whose shipped plans {@link #importShipped} imports next
     */
    Map<Long, PendingRecord> recordAll(Map<Long, PendingRecord> records) {
        synchronized (persistLock) {
            try {
                database.transaction(connection -> {
                    // nodes starting together record the same committee: one after the other, never twice
                    NamedLock.COMMITTEES.hold(connection);
                    for (Map.Entry<Long, PendingRecord> record : records.entrySet()) {
                        store.save(connection, record.getValue().info());
                        registrations.events().online(connection, record.getValue().info(), record.getKey());
                    }
                    generation.moveOn(connection);
                    return null;
                });
                records.keySet().forEach(pending::remove);
                return records;
            } catch (UnavailableException e) {
                pending.putAll(records);
                LOG.info("Committees {} will be recorded when the database is available: {}",
                        records.values().stream().map(record -> record.info().id()).toList(), e.getMessage());
                return Map.of();
            } catch (RuntimeException e) {
                if (records.size() == 1) {
                    records.forEach((serviceId, record) -> refuse(serviceId, record, e));
                    return Map.of();
                }
                Map<Long, PendingRecord> recorded = new LinkedHashMap<>();
                records.forEach((serviceId, record) -> recorded.putAll(recordAll(Map.of(serviceId, record))));
                return recorded;
            }
        }
    }

    /**
     * Imports the shipped plans of recorded committees; a committee whose shipped plan is invalid is refused, and one
     * whose plans the database could not take is recorded again when it can.
     */
    void importShipped(Map<Long, PendingRecord> recorded) {
        recorded.forEach((serviceId, record) -> {
            try {
                importShippedPlans(record.reference(), record.info().id(), record.source());
            } catch (UnavailableException e) {
                pending.put(serviceId, record);
                LOG.info("Committee {} will be recorded when the database is available: {}", record.info().id(),
                        e.getMessage());
            } catch (RuntimeException e) {
                refuse(serviceId, record, e);
            }
        });
    }

    private void refuse(long serviceId, PendingRecord record, RuntimeException e) {
        pending.remove(serviceId);
        registrations.update(current -> current.without(serviceId));
        registrations.refuse(serviceId, record.reference().getBundle(), record.source(), e);
    }

    private void importShippedPlans(ServiceReference<Committee> reference, String committeeId, String source) {
        Committee committee = context.getService(reference);
        if (committee == null) {
            return; // the service left meanwhile: nothing of it to import
        }
        try {
            for (ShippedPlan shipped : Validation.list(committee.shippedPlans(), "shippedPlans")) {
                importer.importOnce(committeeId, shipped, "import:" + source);
            }
        } finally {
            context.ungetService(reference);
        }
    }

    /** The service is gone: nothing of it is left to record. */
    void forget(long serviceId) {
        pending.remove(serviceId);
    }

    /** Whether any committee online waits to be recorded; no copy (asked on every request). */
    boolean anyPending() {
        return !pending.isEmpty();
    }

    /** The ids of the committees online but not yet recorded, while the database is not there. */
    List<String> pending() {
        return pending.values().stream().map(record -> record.info().id()).toList();
    }
}
