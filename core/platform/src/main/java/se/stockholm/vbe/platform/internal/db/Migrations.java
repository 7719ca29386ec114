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
            new Migration(5, "audit entries", "db/migration/V5__audit_entries.sql"),
            new Migration(6, "decision records, revisions, follow-up history",
                    "db/migration/V6__decisions_and_follow_up_history.sql"),
            new Migration(7, "classification of situation sections and incident counts",
                    "db/migration/V7__classification.sql"),
            new Migration(8, "several nodes: data generation, locks, node presence, web sessions",
                    "db/migration/V8__nodes.sql"),
            new Migration(9, "quarantine of committee bundles", "db/migration/V9__quarantine.sql"),
            new Migration(10, "incident types, place types and tertials of incident counts",
                    "db/migration/V10__incident_types.sql"),
            new Migration(11, "use counts of the routine at a worry", "db/migration/V11__routine_usage.sql"),
            new Migration(12, "coverage of the city's guidelines: checklist and committee ticks",
                    "db/migration/V12__guideline_coverage.sql"),
            new Migration(13, "de-identified incident reports", "db/migration/V13__incident_reports.sql"),
            new Migration(14, "contributions of specialist committees to districts' situation pictures",
                    "db/migration/V14__contributions.sql"),
            new Migration(15, "deadline calendar: the city's deadlines per year and committees' grant windows",
                    "db/migration/V15__deadline_calendar.sql"),
            new Migration(16, "revisions linked: a plan's source year, an activity's predecessor",
                    "db/migration/V16__revision_predecessors.sql"));

    private Migrations() {
    }
}
