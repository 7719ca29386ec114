CREATE TABLE second_table (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);
