package io.wharf.bench;

import java.util.function.Supplier;

/**
 * One round's two measurements, Wharf's and its peer's, taken in alternating order: Wharf first in odd
 * rounds, the peer first in even ones, so that a drift of the machine's load over a run weighs on both.
 */
public record Pair<T>(T wharf, T peer) {

    /** Measures both sides of round {@code round} (from 1) in that round's order. */
    public static <T> Pair<T> measure(int round, Supplier<T> wharf, Supplier<T> peer) {
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1, was " + round);
        }
        if (round % 2 == 1) {
            T first = wharf.get();
            return new Pair<>(first, peer.get());
        }
        T first = peer.get();
        return new Pair<>(wharf.get(), first);
    }
}
