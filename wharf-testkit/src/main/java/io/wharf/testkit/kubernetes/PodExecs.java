package io.wharf.testkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pods/{name}/exec} subresource, which the fabric8 CRUD mock does not serve: it upgrades to
 * a {@code v4.channel.k8s.io} WebSocket and plays the command's end a test set for the pod (output on
 * channel 1, error on channel 2, then the status on channel 3, as the API server does), or sends
 * nothing when the command is set to hang. Runs nothing; records what was asked.
 */
final class PodExecs {
    static final Pattern PATH = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/?]+)/exec(?:\\?(.*))?");
    private static final int CHUNK = 16 * 1024;
    private final Map<String, ExecScript> byPod = new ConcurrentHashMap<>();
    private final List<PodExecRequest> requests = new CopyOnWriteArrayList<>();

    void set(String pod, ExecScript script) {
        byPod.put(pod, script);
    }

    List<PodExecRequest> requests() {
        return List.copyOf(requests);
    }

    /** The answer to an exec request for the pod whose object is {@code podObject} (null: no such pod). */
    MockResponse answer(Matcher match, JsonNode podObject) {
        String pod = match.group(2);
        PodExecRequest request = PodExecRequest.parse(match.group(1), pod, match.group(3));
        requests.add(request);
        if (podObject == null) {
            return PodLogs.status(404, "NotFound", "pods \"" + pod + "\" not found");
        }
        if (request.container() != null && !PodLogs.hasContainer(podObject, request.container())) {
            return PodLogs.status(400, "BadRequest", "container " + request.container() + " is not valid for pod " + pod);
        }
        ExecScript script = byPod.getOrDefault(pod, ExecScript.exits(0, "", ""));
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket socket, Response response) {
                if (script.hangs()) {
                    return;
                }
                send(socket, 1, script.stdout().getBytes(StandardCharsets.UTF_8));
                send(socket, 2, script.stderr().getBytes(StandardCharsets.UTF_8));
                send(socket, 3, status(script.exitCode()).getBytes(StandardCharsets.UTF_8));
                socket.close(1000, "");
            }
        });
    }

    private static void send(WebSocket socket, int channel, byte[] data) {
        for (int from = 0; from < data.length; from += CHUNK) {
            int length = Math.min(CHUNK, data.length - from);
            byte[] frame = new byte[length + 1];
            frame[0] = (byte) channel;
            System.arraycopy(data, from, frame, 1, length);
            socket.send(frame);
        }
    }

    static String status(int exitCode) {
        if (exitCode == 0) {
            return "{\"metadata\":{},\"status\":\"Success\"}";
        }
        return """
                {"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: exit status %d",\
                "reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"%d"}]}}"""
                .formatted(exitCode, exitCode);
    }
}
