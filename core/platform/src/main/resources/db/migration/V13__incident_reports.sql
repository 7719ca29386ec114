-- De-identified incident reports (blankett för avidentifierad information), one row per report. There is no
-- column for a name, an age or a school. submitted_by is kept for questions back and read only by the committee's
-- editors and the coordinator. actions holds the action codes one a line. taken_over_into is the plan year whose
-- situation picture counts the report once an editor has taken it over, so it is never counted twice.
CREATE TABLE incident_report (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    committee_id VARCHAR(64) NOT NULL,
    report_month CHAR(7) NOT NULL,
    environment VARCHAR(32) NOT NULL,
    incident_type VARCHAR(32) NOT NULL,
    place_type VARCHAR(32) NOT NULL,
    source VARCHAR(32) NOT NULL,
    actions VARCHAR(200) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    submitted_by VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    reviewed_at TIMESTAMP,
    reviewed_by VARCHAR(200),
    reason VARCHAR(1000),
    duplicate_of BIGINT,
    taken_over_into INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY (committee_id) REFERENCES committee (id),
    FOREIGN KEY (duplicate_of) REFERENCES incident_report (id)
);

CREATE INDEX incident_report_committee ON incident_report (committee_id, id);
CREATE INDEX incident_report_month ON incident_report (status, report_month);
