package io.wharf.cli.output;

/** How results are printed: aligned columns for people, the server's JSON for scripts. */
public enum OutputFormat {
    TABLE,
    JSON
}
