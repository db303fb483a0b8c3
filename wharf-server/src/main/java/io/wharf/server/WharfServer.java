package io.wharf.server;

import io.netty.util.ResourceLeakDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Wharf: the HTTP API, the store and the engine on the embedded defaults. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WharfServer {
    public static void main(String[] args) {
        quietLeakDetection();
        SpringApplication.run(WharfServer.class, ServerArgs.translate(args));
    }

    /**
     * Netty's leak detector samples buffer allocations on every proxied request; it is a debugging aid, so the
     * server runs without it unless {@code -Dio.netty.leakDetection.level} asks for it.
     */
    static void quietLeakDetection() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }
}
