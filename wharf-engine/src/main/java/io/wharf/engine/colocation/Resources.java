package io.wharf.engine.colocation;

/** CPU in thousandths of a core and memory in bytes: what an instance asks for, uses, or a node offers. */
public record Resources(long milliCpu, long memoryBytes) {
    public static final Resources ZERO = new Resources(0, 0);

    public Resources {
        if (milliCpu < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resources must not be negative: " + milliCpu + "m CPU, "
                    + memoryBytes + " bytes");
        }
    }

    public Resources plus(Resources other) {
        return new Resources(milliCpu + other.milliCpu, memoryBytes + other.memoryBytes);
    }

    /** Each part of {@code this} minus {@code other}, never below zero. */
    public Resources minus(Resources other) {
        return new Resources(Math.max(0, milliCpu - other.milliCpu), Math.max(0, memoryBytes - other.memoryBytes));
    }

    public Resources times(double factor) {
        return new Resources((long) (milliCpu * factor), (long) (memoryBytes * factor));
    }

    public boolean fitsIn(Resources capacity) {
        return milliCpu <= capacity.milliCpu && memoryBytes <= capacity.memoryBytes;
    }
}
