-- The deadline calendar. calendar_deadline holds the city's deadlines the coordinator set for a plan year (no rows:
-- the configured defaults of se.stockholm.vbe.calendar); calendar_grant_window the grant application windows an
-- editor set for a committee's year (no rows: the windows of the committee's bundle). calendar_event is what the
-- feeds last served under each UID: its days and summary, its revision (the iCalendar SEQUENCE) and when those last
-- changed. Its rows are never deleted, so a UID's revision never goes down, whichever source its dates come from.
CREATE TABLE calendar_deadline (
    plan_year INTEGER NOT NULL,
    deadline VARCHAR(40) NOT NULL,
    due_on DATE NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_year, deadline)
);

CREATE TABLE calendar_grant_window (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (committee_id, plan_year, position),
    FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE calendar_event (
    uid VARCHAR(200) NOT NULL,
    plan_year INTEGER NOT NULL,
    first_day DATE NOT NULL,
    last_day DATE NOT NULL,
    summary VARCHAR(1000) NOT NULL,
    revision INTEGER NOT NULL,
    modified_at TIMESTAMP NOT NULL,
    PRIMARY KEY (uid)
);

CREATE INDEX calendar_event_year ON calendar_event (plan_year);
