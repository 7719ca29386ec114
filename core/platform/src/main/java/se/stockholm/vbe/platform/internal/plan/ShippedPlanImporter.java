package se.stockholm.vbe.platform.internal.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

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
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.json.PlanJson;
import se.stockholm.vbe.platform.internal.privacy.PersonalDataGuard;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * Imports the plans a committee bundle ships, once: a year that already has a plan is left alone.
 */
@Component(service = ShippedPlanImporter.class)
public final class ShippedPlanImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedPlanImporter.class);
    private static final ObjectMapper JSON = PlanJson.mapper();

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
        boolean imported = database.transaction(connection -> {
            if (store.row(connection, committeeId, shipped.year()).isPresent()) {
                return false;
            }
            Instant now = Instant.now();
            store.insert(connection, committeeId, shipped.year(), shipped.status(), document, source, now);
            if (shipped.status() == PlanStatus.ADOPTED || shipped.status() == PlanStatus.APPROVED) {
                ActionPlan plan = store.plan(connection, committeeId, shipped.year()).orElseThrow();
                store.insertVersion(connection, committeeId, shipped.year(), shipped.status(), shipped.decision(),
                        source, now, PlanSnapshots.write(plan));
            }
            return true;
        });
        if (imported) {
            generation.changed();
            LOG.info("Imported the {} plan {} of committee {} from {}", shipped.status(), shipped.year(),
                    committeeId, source);
        }
        return imported;
    }

    private static PlanDocument read(ShippedPlan shipped) {
        try (InputStream in = shipped.document().openStream()) {
            return JSON.readValue(in, PlanDocument.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read shipped plan " + shipped.document() + ": "
                    + e.getMessage(), e);
        }
    }
}
