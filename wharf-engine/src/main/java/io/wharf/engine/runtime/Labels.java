package io.wharf.engine.runtime;

/** The labels by which a runtime recognises what Wharf runs, and whose it is. */
public final class Labels {
    public static final String SYSTEM = "wharf.io/system";
    public static final String APP = "wharf.io/app";
    public static final String INSTANCE = "wharf.io/instance";
    public static final String REVISION = "wharf.io/revision";
    /** The fingerprint of the template the instance runs: instances of equal releases are interchangeable. */
    public static final String TEMPLATE = "wharf.io/template";
    /** How the instance shares its machine: {@code online}, {@code offline} or {@code batch} (see {@code WorkClass}). */
    public static final String CLASS = "wharf.io/class";

    private Labels() {
    }
}
