package io.wharf.engine;

/** Hears of every instance that exited on its own, with its last lines; called from an engine thread. */
@FunctionalInterface
public interface ExitListener {
    void exited(InstanceExit exit);
}
