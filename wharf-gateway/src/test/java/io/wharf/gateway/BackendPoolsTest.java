package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendPoolsTest {
    private static final Backend OLD = new Backend("web-a", "127.0.0.1", 40001);
    private static final Backend NEXT = new Backend("web-b", "127.0.0.1", 40002);
    private final Transports transports = Transports.detect();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transports.ioHandlerFactory());
    private final EventLoop loop = group.next();
    private final Routes routes = new Routes();
    private final BackendHealth health = new BackendHealth(System::nanoTime);
    private final BackendPools pools = new BackendPools(GatewaySettings.defaults(), transports, health, routes);

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private <T> T onLoop(Callable<T> work) throws Exception {
        return loop.submit(work).get(5, TimeUnit.SECONDS);
    }

    private void route(Backend... backends) {
        routes.setApp("shop", "web", List.of(), Balancing.ROUND_ROBIN, List.of(backends));
    }

    @Test
    void aBackendThatLeftTheRoutesLosesItsPoolAtOnceAndItsHealthOnceNothingIsInFlightToIt() throws Exception {
        route(OLD);
        onLoop(() -> {
            pools.pool(loop, OLD).health().started();
            return null;
        });

        route(NEXT);
        int poolsAfterTheRollout = onLoop(() -> {
            pools.pool(loop, NEXT);
            return pools.size();
        });

        assertThat(poolsAfterTheRollout).isEqualTo(1);
        assertThat(health.inFlight(OLD.address())).as("a draining instance's request is still counted").isEqualTo(1);

        health.of(OLD).ended();
        route(NEXT, new Backend("web-c", "127.0.0.1", 40003));
        onLoop(() -> pools.pool(loop, NEXT));

        assertThat(health.inFlight(OLD.address())).isZero();
        assertThat(health.backendsTracked()).as("NEXT only").isEqualTo(1);
    }

    @Test
    void aHundredRolloutsLeaveOnlyThePoolsOfTheCurrentBackends() throws Exception {
        for (int rollout = 0; rollout < 100; rollout++) {
            Backend backend = new Backend("web-" + rollout, "127.0.0.1", 41000 + rollout);
            route(backend);
            onLoop(() -> pools.pool(loop, backend));
        }

        assertThat(onLoop(pools::size)).isEqualTo(1);
        assertThat(health.backendsTracked()).isEqualTo(1);
    }

    @Test
    void aRequestToABackendPickedJustBeforeItLeftTheRoutesIsServedByAPoolThatKeepsNothing() throws Exception {
        route(OLD);
        route(NEXT);

        boolean kept = onLoop(() -> {
            pools.pool(loop, OLD);
            return pools.size() > 0;
        });

        assertThat(kept).isFalse();
    }
}
