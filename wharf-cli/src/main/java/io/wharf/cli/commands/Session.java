package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiClient;
import io.wharf.cli.output.Printer;
import java.time.Clock;

/** What a command needs to do its work: the API, the printer and the time. */
public record Session(ApiClient api, Printer printer, ObjectMapper json, Clock clock) {
    public ObjectNode object() {
        return json.createObjectNode();
    }
}
