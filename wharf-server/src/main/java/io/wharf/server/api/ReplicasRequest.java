package io.wharf.server.api;

/** The body of a scale: {"replicas": N}. */
public record ReplicasRequest(Integer replicas) {
}
