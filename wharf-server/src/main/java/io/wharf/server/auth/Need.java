package io.wharf.server.auth;

import io.wharf.server.members.Role;

/** What an operation needs of its caller. */
public enum Need {
    /** No token at all. */
    PUBLIC(null),
    /** Any valid token. */
    ANY(null),
    /** The platform admin. */
    ADMIN(null),
    /** The platform admin or the scrape token ({@code $WHARF_HOME/scrape.token}): Prometheus metrics. */
    METRICS(null),
    /** The platform admin, for an operation on one system (its members, its quota, deleting it). */
    SYSTEM_ADMIN(null),
    VIEWER(Role.VIEWER),
    DEVELOPER(Role.DEVELOPER),
    OWNER(Role.OWNER);

    private final Role role;

    Need(Role role) {
        this.role = role;
    }

    /** The role in the operation's system that suffices; null when no role does. */
    public Role role() {
        return role;
    }

    public boolean systemScoped() {
        return role != null || this == SYSTEM_ADMIN;
    }
}
