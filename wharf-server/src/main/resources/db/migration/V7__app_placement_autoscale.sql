-- Where an app's replicas run (JSON; NULL: all on the local cluster) and its autoscaling (JSON; NULL: none).
ALTER TABLE apps ADD COLUMN placement TEXT;
ALTER TABLE apps ADD COLUMN autoscale TEXT;
