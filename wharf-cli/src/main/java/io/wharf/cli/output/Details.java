package io.wharf.cli.output;

import java.util.ArrayList;
import java.util.List;

/** Labelled lines about one thing, the labels padded so that the values line up. */
public final class Details {
    private final List<String[]> lines = new ArrayList<>();

    /** Adds a line; a null or empty value shows as "-". */
    public Details add(String label, Object value) {
        lines.add(new String[] {label + ":", Table.cell(value)});
        return this;
    }

    public String render() {
        int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            text.append(line[0]).append(" ".repeat(width - line[0].length() + 2)).append(line[1]).append('\n');
        }
        return text.toString();
    }
}
