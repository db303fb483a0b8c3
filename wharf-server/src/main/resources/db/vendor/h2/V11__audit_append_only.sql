-- The audit trail is append-only: see io.wharf.server.audit.AppendOnlyTrigger.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'io.wharf.server.audit.AppendOnlyTrigger';
