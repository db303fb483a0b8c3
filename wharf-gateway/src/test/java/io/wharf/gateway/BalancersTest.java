package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalancersTest {

    private final Backend a = new Backend("a", "127.0.0.1", 8001);
    private final Backend b = new Backend("b", "127.0.0.1", 8002);
    private final Backend c = new Backend("c", "127.0.0.1", 8003);

    @Test
    void round_robin_spreads_picks_evenly() {
        Map<Backend, Integer> picks = pick(new RoundRobinBalancer(), List.of(a, b, c), 300, Map.of());

        assertThat(picks).containsEntry(a, 100).containsEntry(b, 100).containsEntry(c, 100);
    }

    @Test
    void least_connections_picks_the_least_busy_backend() {
        Map<Backend, Integer> busy = Map.of(a, 5, b, 1, c, 3);

        Map<Backend, Integer> picks = pick(new LeastConnectionsBalancer(), List.of(a, b, c), 50, busy);

        assertThat(picks).containsOnlyKeys(b).containsEntry(b, 50);
    }

    @Test
    void least_connections_shares_ties_between_idle_backends() {
        Map<Backend, Integer> picks = pick(new LeastConnectionsBalancer(), List.of(a, b, c), 300, Map.of());

        assertThat(picks.values()).allSatisfy(count -> assertThat(count).isEqualTo(100));
    }

    @Test
    void weighted_one_to_nine_gives_about_ten_percent_to_the_light_backend() {
        Backend light = new Backend("light", "127.0.0.1", 8001, 1);
        Backend heavy = new Backend("heavy", "127.0.0.1", 8002, 9);

        Map<Backend, Integer> picks = pick(new WeightedBalancer(), List.of(light, heavy), 1000, Map.of());

        assertThat(picks.get(light)).isBetween(70, 130);
        assertThat(picks.get(heavy)).isEqualTo(1000 - picks.get(light));
    }

    @Test
    void weighted_interleaves_instead_of_bursting() {
        Backend one = new Backend("one", "127.0.0.1", 8001, 5);
        Backend two = new Backend("two", "127.0.0.1", 8002, 1);
        Backend three = new Backend("three", "127.0.0.1", 8003, 1);
        WeightedBalancer balancer = new WeightedBalancer();

        List<String> order = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> balancer.pick(List.of(one, two, three), x -> 0).instanceId()).toList();

        assertThat(order).containsExactly("one", "one", "two", "one", "three", "one", "one");
    }

    private static Map<Backend, Integer> pick(Balancer balancer, List<Backend> backends, int times,
                                              Map<Backend, Integer> busy) {
        Map<Backend, Integer> picks = new HashMap<>();
        for (int i = 0; i < times; i++) {
            picks.merge(balancer.pick(backends, backend -> busy.getOrDefault(backend, 0)), 1, Integer::sum);
        }
        return picks;
    }
}
