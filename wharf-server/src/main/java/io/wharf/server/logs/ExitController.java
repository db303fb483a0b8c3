package io.wharf.server.logs;

import io.wharf.engine.InstanceExit;
import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.AppLookup;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The app's last exits, newest first, each with its code, reason, time and last lines, also after the instance is gone. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/exits")
public class ExitController {
    private final Store store;
    private final ExitRows rows;

    public ExitController(Store store, ExitRows rows) {
        this.store = store;
        this.rows = rows;
    }

    @GetMapping
    List<ExitView> exits(@PathVariable String system, @PathVariable String app) {
        AppKey key = AppLookup.require(store, new AppKey(system, app)).key();
        return rows.list(key).stream().map(ExitView::of).toList();
    }

    /** One exit as the API shows it. */
    public record ExitView(String instance, int exitCode, String reason, Instant time, List<String> lines) {
        static ExitView of(InstanceExit exit) {
            return new ExitView(exit.instance(), exit.exitCode(), exit.reason(), exit.time(), exit.lines());
        }
    }
}
