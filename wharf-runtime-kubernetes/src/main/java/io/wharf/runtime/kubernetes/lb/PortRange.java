package io.wharf.runtime.kubernetes.lb;

/** The gateway ports one cluster's load-balanced Services may get, {@code first} to {@code last} inclusive. */
public record PortRange(int first, int last) {
    public PortRange {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("a port range is 1 <= first <= last <= 65535: " + first + "-" + last);
        }
    }

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
