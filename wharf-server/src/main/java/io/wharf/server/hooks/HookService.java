package io.wharf.server.hooks;

import io.wharf.engine.store.Store;
import io.wharf.model.AppKey;
import io.wharf.server.api.ApiException;
import io.wharf.server.builds.BuildRequest;
import io.wharf.server.builds.BuildResponse;
import io.wharf.server.builds.BuildService;
import io.wharf.server.builds.SourceService;
import io.wharf.server.builds.StoredSource;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes a webhook delivery: proves it by the app's webhook secret, then starts a build of the app's
 * source for a push to its ref, and records what was done or why nothing was. The build runs in
 * the background (the queue), so the answer comes at once.
 */
@Service
public class HookService {
    private static final String UNPROVEN = "the delivery is not signed with this app's webhook secret";
    private final Store store;
    private final SourceService sources;
    private final BuildService builds;
    private final DeliveryRows rows;
    private final Clock clock;

    public HookService(Store store, SourceService sources, BuildService builds, DeliveryRows rows, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.builds = builds;
        this.rows = rows;
        this.clock = clock;
    }

    /** The recorded delivery; throws 401 (recorded as rejected when the app exists) when it is not proven. */
    public Delivery deliver(AppKey key, HttpServletRequest request, byte[] body) {
        boolean appExists = store.findApp(key).isPresent();
        Optional<Provider> provider = Provider.of(request);
        Optional<String> secret = appExists ? sources.webhookSecret(key) : Optional.empty();
        if (!appExists || provider.isEmpty() || secret.isEmpty() || !provider.get().verifies(request, body, secret.get())) {
            if (appExists) {
                record(key, provider.map(Provider::wireName).orElse("unknown"), provider.map(p -> p.event(request))
                                .orElse(null), provider.map(p -> p.deliveryId(request)).orElse(null), Delivery.REJECTED,
                        rejection(provider, secret), null);
            }
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", UNPROVEN);
        }
        Provider p = provider.get();
        String event = p.event(request);
        String deliveryId = p.deliveryId(request);
        if (rows.seen(key, deliveryId)) {
            return record(key, p.wireName(), event, deliveryId, Delivery.IGNORED, "duplicate delivery " + deliveryId, null);
        }
        if (!p.isPush(event)) {
            return record(key, p.wireName(), event, deliveryId, Delivery.IGNORED, "event '" + event + "' is not a push", null);
        }
        Optional<PushEvent> push = PushEvent.parse(body);
        Optional<StoredSource> source = sources.find(key);
        String why = push.isEmpty() ? "the push names no ref"
                : push.get().deletesTheRef() ? push.get().ref() + " was deleted"
                : source.isPresent() && !push.get().isTo(source.get().ref())
                ? "push to " + push.get().ref() + "; the app builds " + source.get().ref() : null;
        if (why != null) {
            return record(key, p.wireName(), event, deliveryId, Delivery.IGNORED, why, null);
        }
        try {
            BuildResponse build = builds.submit(key, new BuildRequest(null, null, null, null, null));
            return record(key, p.wireName(), event, deliveryId, Delivery.ACCEPTED, "push to " + push.get().ref()
                    + " at " + push.get().after() + ": build " + build.id() + " queued", build.id());
        } catch (ApiException refused) {
            return record(key, p.wireName(), event, deliveryId, Delivery.IGNORED, refused.getMessage(), null);
        }
    }

    private static String rejection(Optional<Provider> provider, Optional<String> secret) {
        if (provider.isEmpty()) {
            return "no GitHub, GitLab, Gitea or Forgejo event header";
        }
        return secret.isEmpty() ? "the app has no webhook secret (set one with PUT .../source)" : "bad signature";
    }

    private Delivery record(AppKey key, String provider, String event, String deliveryId, String outcome, String reason,
                            String buildId) {
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), clock.instant(), provider, event, deliveryId,
                outcome, reason, buildId);
        rows.insert(key, delivery);
        return delivery;
    }
}
