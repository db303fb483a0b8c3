package io.wharf.model;

/** A count of instances, absolute ({@code 2}) or relative to the replicas ({@code "25%"}). */
public record Amount(int value, boolean percent) {
    public static final Amount ZERO = new Amount(0, false);

    public static Amount percent(int value) {
        return new Amount(value, true);
    }

    public static Amount of(int value) {
        return new Amount(value, false);
    }

    /** Parses {@code "25%"} or {@code "2"}; null when it is neither. */
    public static Amount parse(String text) {
        if (text == null || !text.matches("[0-9]{1,9}%?")) {
            return null;
        }
        boolean percent = text.endsWith("%");
        return new Amount(Integer.parseInt(percent ? text.substring(0, text.length() - 1) : text), percent);
    }

    /** Of {@code replicas}, rounding a percentage up (for a surge) or down (for unavailability). */
    public int of(int replicas, boolean roundUp) {
        if (!percent) {
            return value;
        }
        long scaled = (long) replicas * value;
        return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    boolean valid() {
        return value >= 0 && (!percent || value <= 100);
    }

    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
