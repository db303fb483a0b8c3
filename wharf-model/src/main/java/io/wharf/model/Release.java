package io.wharf.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable version of what an app runs: the template of {@code revision}, who made it, when,
 * and a summary of what changed from the revision before. {@code restores} is the older revision a
 * rollback brings back (null for other releases).
 */
public record Release(AppKey app, long revision, AppTemplate template, Strategy strategy, String author,
                      Instant createdAt, String summary, Long restores) {
    public Release {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "unknown" : author;
        summary = summary == null ? "" : summary;
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1: " + revision);
        }
    }

    public Release(AppKey app, long revision, AppTemplate template, Strategy strategy, String author, Instant createdAt,
                   String summary) {
        this(app, revision, template, strategy, author, createdAt, summary, null);
    }
}
