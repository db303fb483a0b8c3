package io.wharf.server.hooks;

import io.wharf.model.AppKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hook_deliveries table. */
@Component
class DeliveryRows {
    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AppKey app, Delivery d) {
        jdbc.sql("INSERT INTO hook_deliveries (id, system_name, app_name, at, provider, event, delivery_id, outcome,"
                        + " reason, build_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), app.system(), app.app(), d.time().atOffset(ZoneOffset.UTC), d.provider(),
                        cut(d.event(), 64), cut(d.deliveryId(), 128), d.outcome(), cut(d.reason(), 512), d.buildId())
                .update();
    }

    /** Whether the app accepted or ignored a delivery with this id already (a rejected one may come again). */
    boolean seen(AppKey app, String deliveryId) {
        return deliveryId != null && jdbc.sql("SELECT COUNT(*) FROM hook_deliveries WHERE system_name = ? AND app_name = ?"
                        + " AND delivery_id = ? AND outcome <> ?")
                .params(app.system(), app.app(), cut(deliveryId, 128), Delivery.REJECTED).query(Integer.class).single() > 0;
    }

    List<Delivery> list(AppKey app, int limit) {
        return jdbc.sql("SELECT id, at, provider, event, delivery_id, outcome, reason, build_id FROM hook_deliveries"
                        + " WHERE system_name = ? AND app_name = ? ORDER BY at DESC, id FETCH FIRST " + limit + " ROWS ONLY")
                .params(app.system(), app.app())
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
