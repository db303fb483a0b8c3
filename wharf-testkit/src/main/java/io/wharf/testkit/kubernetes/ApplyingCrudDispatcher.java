package io.wharf.testkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;

/**
 * The fabric8 mock API server's CRUD dispatcher, taught server-side apply: the 7.4.0 mock answers an
 * {@code application/apply-patch+yaml} PATCH with 404 or 415 (fabric8 #5337, #5360), so here it
 * creates the object when it is missing and otherwise JSON-merges it into the stored one and
 * replaces that. It does not model field
 * ownership: a field Wharf stops setting stays, and lists are replaced whole. It also records the
 * requests that change something, so a test can tell that a reconcile wrote nothing, and serves the
 * pods' logs a test sets (see {@link PodLogs}) and answers exec in pods as a test scripts it (see
 * {@link PodExecs}).
 */
public final class ApplyingCrudDispatcher extends KubernetesCrudDispatcher {
    private static final String APPLY_PATCH = "application/apply-patch+yaml";
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final PodLogs logs = new PodLogs();
    private final PodExecs execs = new PodExecs();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.method() != HttpMethod.GET) {
            writes.add(request.method() + " " + request.getPath());
        }
        Matcher log = PodLogs.PATH.matcher(request.getPath());
        if (request.method() == HttpMethod.GET && log.matches()) {
            MockResponse pod = handleGet("/api/v1/namespaces/" + log.group(1) + "/pods/" + log.group(2));
            return logs.answer(request.getPath(), log, pod.code() == 200 ? read(JSON, pod.getBody().readUtf8()) : null);
        }
        Matcher exec = PodExecs.PATH.matcher(request.getPath());
        if (exec.matches()) {
            MockResponse pod = handleGet("/api/v1/namespaces/" + exec.group(1) + "/pods/" + exec.group(2));
            return execs.answer(exec, pod.code() == 200 ? read(JSON, pod.getBody().readUtf8()) : null);
        }
        return super.dispatch(request);
    }

    /** Commands run in the pod from now on end as {@code script} says. */
    public void setExec(String pod, ExecScript script) {
        execs.set(pod, script);
    }

    /** Every exec request so far, in order. */
    public List<PodExecRequest> execRequests() {
        return execs.requests();
    }

    /** The pod's log from now on is {@code text}: lines each ended by a newline. */
    public void setLog(String pod, String text) {
        logs.set(pod, text);
    }

    public void setLog(String pod, String container, String text) {
        logs.set(pod, container, text);
    }

    /** Every request for a pod's log so far, as its path with the query. */
    public List<String> logRequests() {
        return logs.requests();
    }

    @Override
    public MockResponse handlePatch(RecordedRequest request) {
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.startsWith(APPLY_PATCH)) {
            return super.handlePatch(request);
        }
        String path = request.getPath().replaceFirst("\\?.*$", "");
        JsonNode applied = read(YAML, request.getUtf8Body());
        MockResponse current = handleGet(path);
        if (current.code() == 404) {
            return handleCreate(request(HttpMethod.POST, path.substring(0, path.lastIndexOf('/')),
                    applied.toString()));
        }
        JsonNode merged = merge(read(JSON, current.getBody().readUtf8()), applied);
        return handleUpdate(request(HttpMethod.PUT, path, merged.toString()));
    }

    /** RFC 7386 JSON merge: objects merge key by key, anything else is replaced (the mock's own merge appends lists). */
    public static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!(target instanceof ObjectNode object) || !patch.isObject()) {
            return patch;
        }
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                object.remove(field.getKey());
            } else {
                JsonNode old = object.get(field.getKey());
                object.set(field.getKey(), old == null ? field.getValue() : merge(old, field.getValue()));
            }
        });
        return object;
    }

    /** Every POST, PUT, PATCH and DELETE received so far, as {@code METHOD path}. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    public void forgetWrites() {
        writes.clear();
    }

    private static RecordedRequest request(HttpMethod method, String path, String body) {
        Headers headers = Headers.builder().add("Content-Type", "application/json").build();
        return new RecordedRequest("HTTP/1.1", method, path, headers,
                new Buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode read(ObjectMapper mapper, String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
