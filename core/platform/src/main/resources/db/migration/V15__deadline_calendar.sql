-- The deadline calendar. calendar_deadline holds the city's deadlines the coordinator set for a plan year (no rows:
-- the configured defaults of se.stockholm.vbe.calendar); calendar_grant_window the grant application windows an
-- editor set for a committee's year (no rows: the windows of the committee's bundle). revision counts the changes of
-- an event's dates (its iCalendar SEQUENCE) and modified_at is when they last changed (NULL: never, the default's).
CREATE TABLE calendar_deadline (
    plan_year INTEGER NOT NULL,
    deadline VARCHAR(40) NOT NULL,
    due_on DATE NOT NULL,
    revision INTEGER NOT NULL,
    modified_at TIMESTAMP,
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
    revision INTEGER NOT NULL,
    modified_at TIMESTAMP,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (committee_id, plan_year, position),
    FOREIGN KEY (committee_id) REFERENCES committee (id)
);
