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
        uncheckedBufferAccess();
        quietLeakDetection();
        SpringApplication.run(WharfServer.class, ServerArgs.translate(args));
    }

    /**
     * Netty's leak detector samples buffer allocations on every proxied request; it is a debugging aid, so the
     * server runs without it unless {@code -Dio.netty.leakDetection.level} asks for it.
     */
    /**
     * Netty checks every buffer access for a released buffer and for bounds its own code already keeps; on the
     * gateway's path that is a tenth of the JVM's time. The tests run with the checks (and a paranoid leak
     * detector); the server runs without them unless {@code -Dio.netty.buffer.checkAccessible=true} asks.
     * Must run before Netty's buffer classes load.
     */
    static void uncheckedBufferAccess() {
        for (String check : new String[] {"io.netty.buffer.checkAccessible", "io.netty.buffer.checkBounds"}) {
            if (System.getProperty(check) == null) {
                System.setProperty(check, "false");
            }
        }
    }

    static void quietLeakDetection() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }
}
