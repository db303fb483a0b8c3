package io.wharf.testkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pods/{name}/log} subresource, which the fabric8 CRUD mock does not serve: each pod's
 * log is the text a test set, answered like the API server does for {@code container} and
 * {@code tailLines}. The mock keeps no time per line, so {@code sinceSeconds} is recorded but not
 * applied.
 */
final class PodLogs {
    static final Pattern PATH = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/log(?:\\?(.*))?");
    private final Map<String, String> byPod = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    void set(String pod, String text) {
        byPod.put(pod, text);
    }

    /** The log of one of the pod's containers; a request that names no container gets the pod's. */
    void set(String pod, String container, String text) {
        byPod.put(pod + "/" + container, text);
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The answer to a log request for {@code pod}, whose object is {@code podObject} (null: no such pod). */
    MockResponse answer(String path, Matcher match, JsonNode podObject) {
        requests.add(path);
        String pod = match.group(2);
        if (podObject == null) {
            return status(404, "NotFound", "pods \"" + pod + "\" not found");
        }
        Map<String, String> query = query(match.group(3));
        String container = query.get("container");
        if (container != null && !hasContainer(podObject, container)) {
            return status(400, "BadRequest", "container " + container + " is not valid for pod " + pod);
        }
        String text = container == null ? null : byPod.get(pod + "/" + container);
        List<String> lines = Arrays.asList((text != null ? text : byPod.getOrDefault(pod, "")).split("(?<=\n)"));
        if (query.containsKey("tailLines")) {
            int tail = Integer.parseInt(query.get("tailLines"));
            lines = lines.subList(Math.max(0, lines.size() - tail), lines.size());
        }
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain")
                .setBody(String.join("", lines));
    }

    static boolean hasContainer(JsonNode pod, String name) {
        for (String kind : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path("spec").path(kind)) {
                if (name.equals(container.path("name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static MockResponse status(int code, String reason, String message) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody("""
                {"kind":"Status","apiVersion":"v1","status":"Failure","message":"%s","reason":"%s","code":%d}"""
                .formatted(message.replace("\"", "\\\""), reason, code));
    }
}
