package io.wharf.server.audit;

import java.time.Instant;

/**
 * One call as the audit trail keeps it: who (user and token id, never the token), from where, what
 * (method, path and the operation of the role table), in which system, the answer's status, and for
 * changes the names of the fields sent (never their values). {@code id} is null until stored.
 */
public record AuditEntry(Long id, Instant time, String actor, String tokenId, String source, String method, String path,
                         String operation, String system, int status, String summary) {
}
