-- Structured incidents: each count also has an incident type, a kind of place and a tertial. The counts
-- stored before had none of these: they become type OTHER at a place of type OTHER in an unknown tertial
-- (NULL), so every count and its total is kept.
ALTER TABLE incident_count ADD COLUMN incident_type VARCHAR(32) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE incident_count ADD COLUMN place_type VARCHAR(32) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE incident_count ADD COLUMN tertial VARCHAR(2);
