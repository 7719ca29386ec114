-- Derby's variant
CREATE TABLE derby_table (id INTEGER NOT NULL PRIMARY KEY);
