package io.wharf.server.auth;

import io.wharf.server.config.WharfHome;
import org.springframework.stereotype.Component;

/** The admin token, created on first start in $WHARF_HOME/admin.token (mode 0600). */
@Component
public class AdminToken extends FileToken {
    public AdminToken(WharfHome home) {
        super(home, "admin.token", "the admin token file");
    }
}
