-- The coordinator's quarantine of committee bundles: while a committee has a row here, every node keeps its
-- bundle stopped (not removed) and its local rules fail closed.
CREATE TABLE committee_quarantine (
    committee_id VARCHAR(64) NOT NULL PRIMARY KEY,
    reason VARCHAR(1000),
    since TIMESTAMP NOT NULL,
    quarantined_by VARCHAR(200) NOT NULL
);
