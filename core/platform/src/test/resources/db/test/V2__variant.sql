-- the shared script, for databases without a variant
CREATE TABLE shared_table (id INTEGER NOT NULL PRIMARY KEY);
