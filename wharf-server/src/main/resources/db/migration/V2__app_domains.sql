-- Custom domains of an app, a JSON array of host names; NULL for apps stored before.
ALTER TABLE apps ADD COLUMN domains TEXT;
