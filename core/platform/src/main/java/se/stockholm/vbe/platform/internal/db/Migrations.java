package se.stockholm.vbe.platform.internal.db;

import java.util.List;

/**
 * The platform's schema history. Append only: a released migration is never edited,
 * because installations that ran it would not run it again.
 */
final class Migrations {

    static final List<Migration> ALL = List.of(
            new Migration(1, "audit trail", "db/migration/V1__audit.sql"),
            new Migration(2, "committees and plans", "db/migration/V2__plans.sql"),
            new Migration(3, "grant checks, stop list, features", "db/migration/V3__grants_and_features.sql"),
            new Migration(4, "committee owners", "db/migration/V4__committee_owners.sql"),
            // 5 is the audit trail's (issue 10), merged separately; the migrator runs what is above the
            // installed version, so the gap is harmless
            new Migration(6, "decision records, revisions, follow-up history",
                    "db/migration/V6__decisions_and_follow_up_history.sql"));

    private Migrations() {
    }
}
