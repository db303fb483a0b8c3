package io.wharf.server.releases;

/** A rollback to {@code revision}; null: the revision the current one replaced. */
public record RollbackRequest(Long revision, StrategyBody strategy) {
}
