-- Each system's quota, counted over all clusters and releases (io.wharf.server.quota.PeakUsage).
-- A null column is unlimited; CPU in thousandths of a core, memory in bytes. Deleted with its system.
CREATE TABLE system_quotas (
    system_name  VARCHAR(63) NOT NULL PRIMARY KEY REFERENCES systems (name) ON DELETE CASCADE,
    instances    BIGINT,
    cpu_millis   BIGINT,
    memory_bytes BIGINT,
    gpus         BIGINT
);
