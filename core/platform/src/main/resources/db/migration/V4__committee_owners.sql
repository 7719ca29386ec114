-- The bundle that owns each committee id: no other bundle's committee, rules or shipped plans are accepted for it.
CREATE TABLE committee_owner (
    committee_id VARCHAR(64) NOT NULL,
    bundle VARCHAR(200) NOT NULL,
    since TIMESTAMP NOT NULL,
    assigned_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (committee_id)
);

-- A committee recorded before owners were kept belongs to the bundle it was last seen from.
INSERT INTO committee_owner (committee_id, bundle, since, assigned_by)
    SELECT id, bundle, first_seen, 'migration' FROM committee WHERE bundle IS NOT NULL;
