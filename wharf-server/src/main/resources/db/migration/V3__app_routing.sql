-- How the gateway balances an app ('round-robin' when NULL) and the TCP port it opens for it.
ALTER TABLE apps ADD COLUMN balancing VARCHAR(32);
ALTER TABLE apps ADD COLUMN tcp_port INTEGER;
