-- a comment line is skipped
CREATE TABLE second_table (
    id INTEGER NOT NULL PRIMARY KEY,
    note VARCHAR(20)
);
