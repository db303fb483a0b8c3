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
     * Netty checks on every buffer access that the buffer was not released, a twentieth of the JVM's time on the
     * gateway's path. The tests run with the check (and a paranoid leak detector); the server runs without it
     * unless {@code -Dio.netty.buffer.checkAccessible=true} asks. Bounds stay checked. Must run before Netty's
     * buffer classes load.
     */
    static void uncheckedBufferAccess() {
        if (System.getProperty("io.netty.buffer.checkAccessible") == null) {
            System.setProperty("io.netty.buffer.checkAccessible", "false");
        }
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
