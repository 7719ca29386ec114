package se.stockholm.vbe.platform.internal.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Records every upload, dry run, rollback and removal of a committee bundle, refused ones too, as entity
 * {@code committee-bundle} with the committee's id: {@code bundle.upload}, {@code bundle.dry-run},
 * {@code bundle.rollback}, {@code bundle.remove}; the change is the bundle before and after, and the outcome.
 */
final class DeployAudit {

    static final String ENTITY = "committee-bundle";

    private final Database database;

    DeployAudit(Database database) {
        this.database = database;
    }

    void record(Actor actor, String action, String committeeId, String before, String after, String outcome) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> is = new LinkedHashMap<>();
        was.put("bundle", before == null ? "none" : before);
        is.put("bundle", after == null ? "none" : after);
        is.put("outcome", outcome);
        database.transaction(connection -> {
            AuditTrail.record(connection, AuditEntry.of(actor).action("bundle." + action)
                    .entity(ENTITY, committeeId).committee(committeeId).change(was, is));
            return null;
        });
    }
}
