package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceStats;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One reading of a container's usage through the Docker API's stats endpoint, not streamed. */
final class ContainerStats {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private ContainerStats() {
    }

    /** The container's usage; empty when there is no such running container. */
    static Optional<InstanceStats> read(DockerClient docker, String containerId) {
        AtomicReference<Statistics> reading = new AtomicReference<>();
        try (ResultCallback.Adapter<Statistics> callback = docker.statsCmd(containerId).withNoStream(true)
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Statistics statistics) {
                        reading.compareAndSet(null, statistics);
                    }
                })) {
            if (!callback.awaitCompletion(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EngineException("container " + containerId + " gave no stats within " + WAIT.toSeconds() + "s");
            }
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (EngineException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while reading the stats of container " + containerId, e);
        } catch (Exception e) {
            if (DockerErrors.isNoSuchContainer(e)) {
                return Optional.empty();
            }
            throw new EngineException("could not read the stats of container " + containerId + ": " + e.getMessage(), e);
        }
        return Optional.ofNullable(reading.get()).flatMap(ContainerStats::of);
    }

    /** The usage a stats reading carries; empty when it has no CPU counter (the container is not running). */
    static Optional<InstanceStats> of(Statistics statistics) {
        if (statistics.getCpuStats() == null || statistics.getCpuStats().getCpuUsage() == null
                || statistics.getCpuStats().getCpuUsage().getTotalUsage() == null) {
            return Optional.empty();
        }
        double cpuSeconds = statistics.getCpuStats().getCpuUsage().getTotalUsage() / 1e9;
        MemoryStatsConfig memory = statistics.getMemoryStats();
        long usage = memory == null ? 0 : orZero(memory.getUsage());
        long inactiveFile = memory == null || memory.getStats() == null ? 0 : Math.max(
                orZero(memory.getStats().getTotalInactiveFile()), orZero(memory.getStats().getInactiveFile()));
        long limit = memory == null ? 0 : orZero(memory.getLimit());
        long received = 0;
        long sent = 0;
        Map<String, StatisticNetworksConfig> networks = statistics.getNetworks();
        if (networks != null) {
            for (StatisticNetworksConfig network : networks.values()) {
                received += orZero(network.getRxBytes());
                sent += orZero(network.getTxBytes());
            }
        }
        return Optional.of(new InstanceStats(cpuSeconds, Math.max(0, usage - inactiveFile), limit, received, sent));
    }

    private static long orZero(Long value) {
        return value == null || value < 0 ? 0 : value;
    }
}
