package io.wharf.server.events;

import io.wharf.server.store.HourlyTrim;
import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Trims the events to their retention ({@code wharf.events.retention}, a week by default), at start and every hour. */
@Component
public class EventRetention implements DisposableBean {
    private final HourlyTrim trim;

    public EventRetention(EventRows rows, EventProperties properties, Clock clock) {
        trim = new HourlyTrim("events", properties.retention(), clock, rows::trim);
    }

    @Override
    public void destroy() {
        trim.close();
    }
}
