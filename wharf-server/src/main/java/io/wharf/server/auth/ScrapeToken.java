package io.wharf.server.auth;

import io.wharf.server.config.WharfHome;
import org.springframework.stereotype.Component;

/** The token a Prometheus server reads /metrics with, and nothing else: $WHARF_HOME/scrape.token (mode 0600). */
@Component
public class ScrapeToken extends FileToken {
    public ScrapeToken(WharfHome home) {
        super(home, "scrape.token", "the scrape token file");
    }
}
