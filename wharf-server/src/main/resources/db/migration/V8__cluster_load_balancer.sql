-- The gateway ports a cluster's Services of type LoadBalancer may get (inclusive; both NULL: no load balancer).
ALTER TABLE clusters ADD COLUMN lb_first_port INTEGER;
ALTER TABLE clusters ADD COLUMN lb_last_port INTEGER;
