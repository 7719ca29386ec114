-- How often the routine at a worry or an incident was asked, per committee and month: a count, nothing about any
-- case. committee_id is '' for the uses that named no committee (a key column cannot be NULL).
CREATE TABLE routine_usage (
    committee_id VARCHAR(64) NOT NULL,
    usage_month CHAR(7) NOT NULL,
    uses BIGINT NOT NULL,
    PRIMARY KEY (committee_id, usage_month)
);
