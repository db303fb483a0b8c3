package io.wharf.cli.output;

import static io.wharf.cli.output.BuildViews.firstLine;
import static io.wharf.cli.output.BuildViews.shortCommit;
import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** An app's versions (built images by digest) and its webhook deliveries, newest first. */
public final class VersionViews {
    private static final int SHORT_DIGEST = 12;

    private VersionViews() {
    }

    public static String list(String app, JsonNode versions) {
        Table table = new Table("ID", "COMMIT", "MESSAGE", "AUTHOR", "DIGEST", "CREATED");
        for (JsonNode v : versions) {
            table.row(text(v.path("id")), shortCommit(v.path("commit")), firstLine(v.path("message")),
                    text(v.path("author")), shortDigest(text(v.path("digest"))), timestamp(v.path("createdAt")));
        }
        return table.isEmpty() ? "No versions of app " + app + " yet: each successful build makes one.\n"
                : table.render();
    }

    public static String deliveries(String app, JsonNode deliveries) {
        Table table = new Table("TIME", "EVENT", "DELIVERY", "OUTCOME", "REASON");
        for (JsonNode d : deliveries) {
            table.row(timestamp(d.path("time")), text(d.path("event")), text(d.path("deliveryId")),
                    text(d.path("outcome")), text(d.path("reason")));
        }
        return table.isEmpty() ? "No webhook deliveries for app " + app + " yet.\n" : table.render();
    }

    /** sha256:0123456789abcdef... as sha256:0123456789ab. */
    static String shortDigest(String digest) {
        int colon = digest.indexOf(':');
        return digest.length() > colon + 1 + SHORT_DIGEST ? digest.substring(0, colon + 1 + SHORT_DIGEST) : digest;
    }
}
