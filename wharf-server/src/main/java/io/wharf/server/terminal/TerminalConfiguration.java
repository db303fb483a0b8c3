package io.wharf.server.terminal;

import io.wharf.engine.Engine;
import io.wharf.engine.Events;
import io.wharf.engine.store.Store;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** The terminal's WebSocket handler, its handshake and its timer. */
@Configuration(proxyBeanMethods = false)
public class TerminalConfiguration {
    /** Room for a pasted block of input in one message (Tomcat's default is 8 KiB). */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;

    @Bean(destroyMethod = "close")
    Keepalives terminalKeepalives(TerminalProperties settings) {
        return new Keepalives(settings);
    }

    @Bean(destroyMethod = "closeAll")
    TerminalSocketHandler terminalSocketHandler(Engine engine, Keepalives keepalives, Store store, Clock clock) {
        return new TerminalSocketHandler(engine, keepalives, new TerminalEvents(new Events(store, clock)));
    }

    @Bean
    HandshakeHandler terminalHandshake() {
        return new DefaultHandshakeHandler();
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
        container.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        return container;
    }
}
