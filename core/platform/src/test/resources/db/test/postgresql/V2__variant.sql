-- PostgreSQL's variant
CREATE TABLE postgresql_table (id INTEGER NOT NULL PRIMARY KEY);
