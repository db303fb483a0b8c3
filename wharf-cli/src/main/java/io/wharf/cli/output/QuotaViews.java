package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;

/** A system's quota as people read it: what it uses of each resource, and its limit. */
public final class QuotaViews {
    private static final String[] RESOURCES = {"instances", "cpu", "memory", "gpu"};

    private QuotaViews() {
    }

    public static String quota(JsonNode quota) {
        Table table = new Table("RESOURCE", "USED", "LIMIT");
        for (String resource : RESOURCES) {
            JsonNode limit = quota.path("limit").path(resource);
            String used = text(quota.path("used").path(resource));
            table.row(resource, used.isEmpty() ? "0" : used, limit.isNull() || limit.isMissingNode() ? "unlimited"
                    : text(limit));
        }
        return table.render();
    }
}
