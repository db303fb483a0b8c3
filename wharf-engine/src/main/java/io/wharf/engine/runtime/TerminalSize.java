package io.wharf.engine.runtime;

/** The size of a terminal in characters: columns ({@code width}) and rows ({@code height}). */
public record TerminalSize(int width, int height) {
    public static final int MAX = 10_000;

    public TerminalSize {
        if (width < 1 || height < 1 || width > MAX || height > MAX) {
            throw new IllegalArgumentException("a terminal's width and height must be 1 to " + MAX + ", not "
                    + width + "x" + height);
        }
    }
}
