package io.wharf.server.auth;

import io.wharf.server.ApiClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The six callers of the role walk: the admin, owner, developer and viewer of system alpha, the owner
 * of beta, and a user whose token was revoked; each with its token.
 */
final class Callers6 {
    static final String ALPHA = "alpha";
    static final String BETA = "beta";
    static final Map<String, Object[]> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("owner-a", new Object[] {ALPHA, "owner"});
        PEOPLE.put("dev-a", new Object[] {ALPHA, "developer"});
        PEOPLE.put("viewer-a", new Object[] {ALPHA, "viewer"});
        PEOPLE.put("owner-b", new Object[] {BETA, "owner"});
        PEOPLE.put("revoked", new Object[] {ALPHA, "owner"});
    }

    private Callers6() {
    }

    /** Creates the users, their roles and tokens (revoking the last one's); returns each caller's token. */
    static Map<String, String> create(ApiClient admin, String adminToken) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", adminToken);
        PEOPLE.forEach((user, role) -> {
            admin.post("/api/v1/users", "{\"name\":\"" + user + "\"}");
            ApiClient.Response token = admin.post("/api/v1/users/" + user + "/tokens", "{\"name\":\"walk\"}");
            tokens.put(user, token.json().get("token").asString());
            if (user.equals("revoked")) {
                admin.delete("/api/v1/users/" + user + "/tokens/" + token.json().get("id").asString());
            }
        });
        return tokens;
    }

    /** Gives each user its role again (after a walk step deleted a system, say). */
    static void grant(ApiClient admin) {
        PEOPLE.forEach((user, role) -> admin.put("/api/v1/systems/" + role[0] + "/members/" + user,
                "{\"role\":\"" + role[1] + "\"}"));
    }

    /** The role of {@code caller} in {@code system}, or null. */
    static String role(String caller, String system) {
        Object[] role = PEOPLE.get(caller);
        return role != null && role[0].equals(system) ? (String) role[1] : null;
    }
}
