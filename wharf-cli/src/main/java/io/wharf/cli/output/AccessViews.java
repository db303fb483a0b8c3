package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Users, their tokens and their roles as people read them; never a token itself. */
public final class AccessViews {
    private AccessViews() {
    }

    public static String users(JsonNode users) {
        Table table = new Table("NAME", "CREATED");
        users.forEach(user -> table.row(text(user.path("name")), timestamp(user.path("createdAt"))));
        return table.isEmpty() ? "No users yet; create one with: wharf user create NAME\n" : table.render();
    }

    public static String tokens(String user, JsonNode tokens, Instant now) {
        Table table = new Table("ID", "NAME", "STATE", "CREATED", "EXPIRES");
        for (JsonNode token : tokens) {
            table.row(text(token.path("id")), text(token.path("name")), state(token, now),
                    timestamp(token.path("createdAt")), timestamp(token.path("expiresAt")));
        }
        return table.isEmpty() ? "No tokens for user " + user + ".\n" : table.render();
    }

    public static String members(String system, JsonNode members) {
        Table table = new Table("USER", "ROLE");
        members.forEach(member -> table.row(text(member.path("user")), text(member.path("role"))));
        return table.isEmpty() ? "No members in system " + system + ".\n" : table.render();
    }

    /** Who a whoami answer names and what it may do, such as "alice (demo: developer, shop: viewer)". */
    public static String identity(JsonNode whoami) {
        String user = text(whoami.path("user"));
        if (whoami.path("admin").asBoolean()) {
            return user + " (admin)";
        }
        List<String> roles = new ArrayList<>();
        whoami.path("systems").properties().forEach(e -> roles.add(e.getKey() + ": " + text(e.getValue())));
        return user + " (" + (roles.isEmpty() ? "no roles yet" : String.join(", ", roles)) + ")";
    }

    private static String state(JsonNode token, Instant now) {
        if (token.path("revoked").asBoolean()) {
            return "revoked";
        }
        try {
            return Instant.parse(text(token.path("expiresAt"))).isAfter(now) ? "active" : "expired";
        } catch (DateTimeParseException e) {
            return "active";
        }
    }
}
