package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Follows the log of a pod's app container through the API server ({@code pods/{name}/log?follow=true
 * &timestamps=true}), each line with the RFC 3339 time the kubelet gave it, on a thread of its own
 * until the pod's container ends or the follow is closed. The API's {@code sinceTime} counts whole
 * seconds, so lines before {@code since} are dropped here.
 */
final class PodLogFollow implements AutoCloseable {
    private final LogWatch watch;
    private volatile boolean closed;

    private PodLogFollow(LogWatch watch) {
        this.watch = watch;
    }

    static PodLogFollow open(KubernetesClient client, String cluster, Pod pod, Instant since, int tail, LogSink sink) {
        String name = pod.getMetadata().getName();
        ContainerResource container = client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(name)
                .inContainer(Deployments.CONTAINER);
        LogWatch watch = since == null ? container.usingTimestamps().tailingLines(tail).watchLog()
                : container.usingTimestamps().sinceTime(since.toString()).watchLog();
        PodLogFollow follow = new PodLogFollow(watch);
        Thread reader = new Thread(() -> follow.read(since, sink), "wharf-" + cluster + "-log-" + name);
        reader.setDaemon(true);
        reader.start();
        return follow;
    }

    private void read(Instant since, LogSink sink) {
        Instant last = Instant.EPOCH;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                LogLine line = parse(raw, last);
                last = line.time();
                if (since == null || !line.time().isBefore(since)) {
                    sink.line(line);
                }
            }
            sink.ended(null);
        } catch (IOException e) {
            sink.ended(closed ? null : e.toString());
        }
    }

    /** {@code <RFC 3339 time> <text>}; a line without a time keeps the time of the line before it. */
    static LogLine parse(String raw, Instant previous) {
        String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        int space = text.indexOf(' ');
        if (space > 0) {
            try {
                return new LogLine(Instant.parse(text.substring(0, space)), text.substring(space + 1));
            } catch (DateTimeParseException e) {
                // no time: below
            }
        }
        return new LogLine(previous, text);
    }

    @Override
    public void close() {
        closed = true;
        watch.close();
    }
}
