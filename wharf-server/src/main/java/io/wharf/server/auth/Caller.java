package io.wharf.server.auth;

import java.util.Objects;

/** Who a request comes from: a user and the token it used; the admin token is the platform admin's. */
public record Caller(String user, String tokenId, boolean admin) {
    public static final Caller ADMIN = new Caller("admin", "admin-token", true);
    /** The scrape token's caller: it may read /metrics and nothing else. */
    public static final Caller SCRAPER = new Caller("scraper", "scrape-token", false);

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
