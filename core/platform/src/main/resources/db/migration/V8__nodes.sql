-- Several nodes on one database: what each node kept in memory moves here.

-- A number every write that changes what a plan read shows moves on, in the write's own transaction: each
-- node compares it with the one its cached views were made at (one indexed single-row read per request).
CREATE TABLE vbe_generation (
    id INTEGER NOT NULL PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO vbe_generation (id, generation) VALUES (1, 1);

-- Named locks for one-time work two nodes may start at once (recording committees, importing shipped plans):
-- updating a row holds it until the transaction ends, on Derby and PostgreSQL alike.
CREATE TABLE vbe_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    taken_at TIMESTAMP
);
INSERT INTO vbe_lock (name) VALUES ('committees');

-- The nodes of the installation, with a heartbeat, and the committee bundles each has online.
CREATE TABLE platform_node (
    node_id VARCHAR(200) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    heartbeat_at TIMESTAMP
);
CREATE TABLE node_committee (
    node_id VARCHAR(200) NOT NULL,
    committee_id VARCHAR(64) NOT NULL,
    bundle VARCHAR(200),
    bundle_version VARCHAR(100),
    online BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (node_id, committee_id)
);

-- Web sessions, so that any node serves any request: only the SHA-256 digest of a session id is stored.
CREATE TABLE web_session (
    id_digest VARCHAR(64) NOT NULL PRIMARY KEY,
    user_name VARCHAR(200) NOT NULL,
    roles VARCHAR(4000) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_access TIMESTAMP NOT NULL
);
CREATE INDEX web_session_last_access ON web_session (last_access);
