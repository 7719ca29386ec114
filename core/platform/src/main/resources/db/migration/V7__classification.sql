-- Secrecy marking (OSL): every situation section and incident count is PUBLIC or CONFIDENTIAL, with an
-- optional legal ground. What was stored before is CONFIDENTIAL, except what came from a committee's
-- shipped plan (it was published): a plan whose first decision, or whose last change, was recorded by
-- an import ('import:<bundle>').
ALTER TABLE situation_section ADD COLUMN classification VARCHAR(16) DEFAULT 'CONFIDENTIAL' NOT NULL;
ALTER TABLE situation_section ADD COLUMN legal_ground VARCHAR(200);
ALTER TABLE incident_count ADD COLUMN classification VARCHAR(16) DEFAULT 'CONFIDENTIAL' NOT NULL;
ALTER TABLE incident_count ADD COLUMN legal_ground VARCHAR(200);

UPDATE situation_section SET classification = 'PUBLIC'
WHERE EXISTS (SELECT 1 FROM plan_version v WHERE v.committee_id = situation_section.committee_id
        AND v.plan_year = situation_section.plan_year AND v.number = 1 AND v.decided_by LIKE 'import:%')
   OR EXISTS (SELECT 1 FROM action_plan p WHERE p.committee_id = situation_section.committee_id
        AND p.plan_year = situation_section.plan_year AND p.updated_by LIKE 'import:%');
UPDATE incident_count SET classification = 'PUBLIC'
WHERE EXISTS (SELECT 1 FROM plan_version v WHERE v.committee_id = incident_count.committee_id
        AND v.plan_year = incident_count.plan_year AND v.number = 1 AND v.decided_by LIKE 'import:%')
   OR EXISTS (SELECT 1 FROM action_plan p WHERE p.committee_id = incident_count.committee_id
        AND p.plan_year = incident_count.plan_year AND p.updated_by LIKE 'import:%');

-- Decision snapshots are JSON; those written before this migration carry no classification. This column
-- says what such a snapshot's unmarked parts are: PUBLIC for a snapshot an import recorded.
ALTER TABLE plan_version ADD COLUMN unmarked_classification VARCHAR(16) DEFAULT 'CONFIDENTIAL' NOT NULL;
UPDATE plan_version SET unmarked_classification = 'PUBLIC' WHERE decided_by LIKE 'import:%';
