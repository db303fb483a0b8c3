-- What a cluster changes in the scheduling class of each app type (JSON by type; NULL: the defaults).
ALTER TABLE clusters ADD COLUMN scheduling TEXT;
