-- Decision records: the meeting, diarienummer and paragraph of each adoption and approval.
ALTER TABLE plan_version ADD COLUMN meeting_date DATE;
ALTER TABLE plan_version ADD COLUMN diary_number VARCHAR(40);
ALTER TABLE plan_version ADD COLUMN paragraph VARCHAR(20);

-- A decided plan taken back to draft: the status it had, and when and by whom the revision started.
-- While these are set, the public reads the plan's last decided version.
ALTER TABLE action_plan ADD COLUMN revision_from VARCHAR(16);
ALTER TABLE action_plan ADD COLUMN revision_started_at TIMESTAMP;
ALTER TABLE action_plan ADD COLUMN revision_started_by VARCHAR(100);

-- Every follow-up report, kept; the newest of an activity and period is the current one. No foreign key
-- to activity: reports on a decided plan are public records and outlive an activity a later draft removes.
CREATE TABLE follow_up_report (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    activity_id BIGINT NOT NULL,
    period VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    comment VARCHAR(4000),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (committee_id, plan_year) REFERENCES action_plan (committee_id, plan_year)
);
CREATE INDEX follow_up_report_by_plan ON follow_up_report (plan_year, committee_id, activity_id, period);

-- Today's follow-ups become the first report of each.
INSERT INTO follow_up_report (committee_id, plan_year, activity_id, period, status, comment, recorded_by, recorded_at)
    SELECT a.committee_id, a.plan_year, f.activity_id, f.period, f.status, f.comment, f.recorded_by, f.recorded_at
    FROM follow_up f JOIN activity a ON a.id = f.activity_id
    ORDER BY f.recorded_at, f.activity_id, f.period;
DROP TABLE follow_up;
