package io.wharf.server.metrics;

import io.wharf.engine.store.Store;
import io.wharf.gateway.AppCounters;
import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.AppLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/systems/{system}/apps/{app}/metrics?window=15m&step=15s}: the app's request and
 * error rates, latency quantiles, CPU, memory and ready instances, kept in memory for
 * {@code wharf.metrics.retention}.
 */
@RestController
public class AppMetricsController {
    private static final int MAX_POINTS = 1000;

    private final Store store;
    private final Readings readings;
    private final MetricsProperties properties;
    private final Clock clock;
    private final SeriesQuery query = new SeriesQuery(new AppCounters().latencyBucketBoundsMillis());

    AppMetricsController(Store store, Readings readings, MetricsProperties properties, Clock clock) {
        this.store = store;
        this.readings = readings;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/api/v1/systems/{system}/apps/{app}/metrics")
    public AppSeries series(@PathVariable String system, @PathVariable String app,
                            @RequestParam(defaultValue = "15m") String window,
                            @RequestParam(defaultValue = "15s") String step) {
        AppKey key = new AppKey(system, app);
        AppLookup.require(store, key);
        Duration w = duration("window", window);
        Duration s = duration("step", step);
        if (w.compareTo(properties.retention()) > 0) {
            throw invalid("window " + window + " is longer than the " + properties.retention() + " kept (wharf.metrics.retention)");
        }
        if (s.compareTo(properties.interval()) < 0 || w.dividedBy(s) > MAX_POINTS) {
            throw invalid("step must be at least " + properties.interval() + " (wharf.metrics.interval) and give at most "
                    + MAX_POINTS + " points over the window");
        }
        Instant now = clock.instant();
        return new AppSeries(system, app, w, s, query.points(readings.history(key, now.minus(w)), now, w, s));
    }

    /** A duration like {@code 90s}, {@code 15m} or {@code 1h}. */
    private static Duration duration(String name, String text) {
        try {
            if (text.matches("[1-9][0-9]{0,5}[smh]")) {
                return Duration.parse("PT" + text.toUpperCase(java.util.Locale.ROOT));
            }
        } catch (DateTimeParseException ignored) {
            // falls through to the message below
        }
        throw invalid(name + " must be a whole number of seconds, minutes or hours, like 15s, 15m or 1h; was " + text);
    }

    private static ApiException invalid(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad Request", detail);
    }
}
