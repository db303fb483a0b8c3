package io.wharf.runtime.kubernetes;

import java.util.List;

/** What one apply did, each object written as {@code Kind/name}: written, left alone, or deleted. */
public record ApplyReport(List<String> applied, List<String> unchanged, List<String> deleted) {
    public ApplyReport {
        applied = List.copyOf(applied);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }

    public boolean changedNothing() {
        return applied.isEmpty() && deleted.isEmpty();
    }
}
