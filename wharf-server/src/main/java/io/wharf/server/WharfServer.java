package io.wharf.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Wharf: the HTTP API, the store and the engine on the embedded defaults. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WharfServer {
    public static void main(String[] args) {
        SpringApplication.run(WharfServer.class, ServerArgs.translate(args));
    }
}
