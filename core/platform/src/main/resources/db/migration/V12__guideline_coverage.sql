-- The coverage of the city's guidelines (riktlinjer 2016). coverage_item is the coordinator's checklist, one row
-- per item in order (empty: the configured default of se.stockholm.vbe.coverage); coverage_tick holds each
-- committee's own answer for the items data cannot say, per plan year.
CREATE TABLE coverage_item (
    position INTEGER NOT NULL PRIMARY KEY,
    item_id VARCHAR(64) NOT NULL UNIQUE,
    kind VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    area VARCHAR(40),
    terms VARCHAR(2200),
    features VARCHAR(2200),
    deadline CHAR(5),
    applies_to VARCHAR(100),
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(200) NOT NULL
);

CREATE TABLE coverage_tick (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    item_id VARCHAR(64) NOT NULL,
    done BOOLEAN NOT NULL,
    comment VARCHAR(2000),
    ticked_at TIMESTAMP NOT NULL,
    ticked_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (committee_id, plan_year, item_id),
    FOREIGN KEY (committee_id) REFERENCES committee (id)
);
