package io.wharf.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Prints results in the chosen format: the human view as text, or the server's JSON pretty-printed. */
public final class Printer {
    private final PrintStream out;
    private final OutputFormat format;
    private final ObjectWriter writer;

    public Printer(PrintStream out, OutputFormat format, ObjectMapper json) {
        this.out = out;
        this.format = format;
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withSeparators(separators);
        pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        this.writer = json.writer(pretty);
    }

    /** JSON: the body; table: the view, built only when needed. */
    public void view(JsonNode body, Supplier<String> human) {
        if (format == OutputFormat.JSON) {
            printJson(body);
        } else {
            out.print(human.get());
        }
    }

    /** Whether output is for people (table) rather than for scripts (JSON). */
    public boolean isTable() {
        return format == OutputFormat.TABLE;
    }

    /** JSON: the body; table: one line that says what was done, such as "system/demo created". */
    public void done(JsonNode body, String message) {
        view(body, () -> message + "\n");
    }

    /** A change that has no body to show, such as a delete: JSON prints nothing, so that jq reads no input. */
    public void done(String message) {
        if (format == OutputFormat.TABLE) {
            out.println(message);
        }
    }

    /** One line of text at once, as it comes (such as a followed build log's), whatever the format. */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    private void printJson(JsonNode body) {
        try {
            out.println(writer.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
