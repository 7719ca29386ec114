package se.stockholm.vbe.platform.internal.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.NamedLock;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Imports the plans a committee bundle ships, once: a year that already has a plan is left alone. Under the
 * database lock {@link NamedLock#COMMITTEES}, so that nodes starting together import each plan exactly once.
 */
@Component(service = ShippedPlanImporter.class)
public final class ShippedPlanImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedPlanImporter.class);
    private static final ObjectMapper JSON = VbeJson.mapper();
    /** A shipped plan may be as large as a plan sent over REST, and no larger: it is read into memory whole. */
    static final int MAX_DOCUMENT_BYTES = 1 << 20;

    private final Database database;
    private final PlanGeneration generation;
    private final PlanStore store = new PlanStore();

    @Activate
    public ShippedPlanImporter(@Reference Database database, @Reference PlanGeneration generation) {
        this.database = database;
        this.generation = generation;
    }

    /**
     * @return whether the plan was imported (false: the committee already had a plan for that year)
     * @throws IllegalArgumentException if the document is not a valid plan
     */
    public boolean importOnce(String committeeId, ShippedPlan shipped, String source) {
        PlanDocument document = check(shipped);
        boolean imported = database.transaction(connection -> {
            // two nodes starting together import the same plan: the second waits here, then finds it
            NamedLock.COMMITTEES.hold(connection);
            if (store.row(connection, committeeId, shipped.year()).isPresent()) {
                return false;
            }
            Instant now = StoredTime.now();
            store.insert(connection, committeeId, shipped.year(), shipped.status(), document, source, now);
            ActionPlan plan = store.plan(connection, committeeId, shipped.year()).orElseThrow();
            AuditTrail.record(connection, AuditEntry.of(source).action("import").plan(committeeId, shipped.year())
                    .change(Map.of(), PlanAudit.fields(plan)).confidential(PlanAudit.confidential(plan)));
            if (shipped.status() == PlanStatus.ADOPTED || shipped.status() == PlanStatus.APPROVED) {
                store.insertVersion(connection, committeeId, shipped.year(), shipped.status(), shipped.decision(),
                        source, now, PlanSnapshots.write(plan));
            }
            generation.moveOn(connection);
            return true;
        });
        if (imported) {
            LOG.info("Imported the {} plan {} of committee {} from {}", shipped.status(), shipped.year(),
                    committeeId, source);
        }
        return imported;
    }

    /**
     * The shipped plan's document, if the plan may be imported: its year in range, its document a valid plan
     * without personal identity numbers, its decision's meeting date valid. The dry run of an upload checks the
     * same.
     *
     * @throws IllegalArgumentException if it may not
     */
    public static PlanDocument check(ShippedPlan shipped) {
        if (shipped.year() < PlanService.MIN_YEAR || shipped.year() > PlanService.MAX_YEAR) {
            throw new IllegalArgumentException("shipped plan year " + shipped.year() + " is out of range");
        }
        PlanDocument document = read(shipped);
        PersonalDataGuard.check(document);
        try {
            DecisionRules.checkMeetingDate(shipped.decision());
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("shipped plan " + shipped.year() + ": " + e.getMessage(), e);
        }
        return document;
    }

    private static PlanDocument read(ShippedPlan shipped) {
        try (InputStream in = shipped.document().openStream()) {
            byte[] document = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (document.length > MAX_DOCUMENT_BYTES) {
                throw new IllegalArgumentException("shipped plan " + shipped.document() + " is larger than "
                        + MAX_DOCUMENT_BYTES + " bytes");
            }
            return JSON.readValue(document, PlanDocument.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read shipped plan " + shipped.document() + ": "
                    + e.getMessage(), e);
        }
    }
}
