package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.SupportsImageDigests;
import io.wharf.engine.runtime.SupportsExec;
import io.wharf.engine.runtime.SupportsStats;
import io.wharf.engine.runtime.InstanceStats;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.engine.runtime.SupportsLogFollow;
import io.wharf.engine.runtime.SupportsExits;
import io.wharf.engine.runtime.SupportsTerminal;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.ExitState;
import io.wharf.engine.runtime.LogSink;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InstanceRuntime} over the Docker Engine API, as Podman serves it (Docker serves it too): one
 * container per instance, found by its labels. Thread-safe.
 */
public final class PodmanRuntime implements InstanceRuntime, SupportsImageDigests, SupportsLogs, SupportsExec,
        SupportsLogFollow, SupportsExits, SupportsStats, SupportsTerminal {
    private static final Logger LOG = LoggerFactory.getLogger(PodmanRuntime.class);
    /** A safety net for a hung server; a stop waits at most the grace, a few seconds. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    /** Longer than any create may take, so that a sweep never takes the files of a container being created. */
    static final Duration ORPHAN_FILES_MIN_AGE = Duration.ofMinutes(10);
    private final DockerClient docker;
    private final DockerClient events;
    private final String installation;
    private final ContainerIndex index = new ContainerIndex();
    private final ContainerStarter starter;
    private final ContainerRemover remover;
    private final Set<PodmanEventWatch> watches = ConcurrentHashMap.newKeySet();
    private final InstanceFiles files;
    private final SystemNetworks networks;
    private final long pidsLimit;
    private final Path socket;
    private final String yieldingCgroup = YieldingCgroup.prepare().orElse(null);

    /**
     * @param docker       for commands
     * @param events       for event streams, with no response timeout (a stream may be quiet for long)
     * @param installation scopes containers to one installation; null: every Wharf container
     * @param files        where instances' files are written; null: instances with files cannot start
     * @param pidsLimit    the most processes (and threads) one container may run, at least 1
     * @param puller       pulls images that local storage does not have
     * @param socket       the Docker API socket, for terminals' attached streams
     */
    PodmanRuntime(DockerClient docker, DockerClient events, String installation, InstanceFiles files, long pidsLimit,
                  ImagePuller puller, Path socket) {
        if (pidsLimit < 1) {
            throw new IllegalArgumentException("the pids limit must be at least 1, not " + pidsLimit);
        }
        this.docker = docker;
        this.pidsLimit = pidsLimit;
        this.networks = new SystemNetworks(docker, installation);
        this.events = events;
        this.installation = installation;
        this.files = files;
        this.starter = new ContainerStarter(docker, files, puller);
        this.remover = new ContainerRemover(docker);
        this.socket = socket;
        OomKills.shared(); // follows the kernel log from now on, to tell OOM kills in exitState
    }

    /** A runtime on a Docker API socket that cannot start instances with files; {@code installation} may be null. */
    public static PodmanRuntime connect(Path socket, String installation) {
        return connect(socket, installation, null);
    }

    /** A runtime on a Docker API socket that writes instances' files under {@code filesRoot}. */
    public static PodmanRuntime connect(Path socket, String installation, Path filesRoot) {
        return connect(socket, installation, filesRoot, ContainerPlan.DEFAULT_PIDS_LIMIT);
    }

    /** As above, with at most {@code pidsLimit} processes per container (default 1024). */
    public static PodmanRuntime connect(Path socket, String installation, Path filesRoot, long pidsLimit) {
        return connect(socket, installation, filesRoot, pidsLimit, Set.of());
    }

    /**
     * As above; images are pulled over TLS except from loopback registries and {@code insecureRegistries}
     * ({@code host} or {@code host:port}).
     */
    public static PodmanRuntime connect(Path socket, String installation, Path filesRoot, long pidsLimit,
                                        Set<String> insecureRegistries) {
        return connect(socket, installation, filesRoot, pidsLimit, insecureRegistries, null);
    }

    /** As above; {@code ownRegistry} is the registry without login Wharf runs itself (see {@link ImagePuller}). */
    public static PodmanRuntime connect(Path socket, String installation, Path filesRoot, long pidsLimit,
                                        Set<String> insecureRegistries, String ownRegistry) {
        DockerClient docker = DockerClients.open(socket, COMMAND_TIMEOUT);
        ImagePuller puller = new ImagePuller(docker, DockerClients.http(socket, COMMAND_TIMEOUT), insecureRegistries,
                ownRegistry);
        return new PodmanRuntime(docker, DockerClients.open(socket, null), installation,
                filesRoot == null ? null : new InstanceFiles(filesRoot), pidsLimit, puller, socket);
    }

    @Override
    public String name() {
        return "podman";
    }

    @Override
    public RuntimeInstance start(InstanceSpec spec) {
        Path filesRoot = files == null ? null : files.root();
        ContainerStarter.Started started;
        try {
            started = networks.within(spec.app().system(), network -> starter.start(spec,
                    ContainerPlan.of(spec, installation, filesRoot, network, pidsLimit).yieldingUnder(yieldingCgroup)));
        } catch (RuntimeException e) {
            networks.release(spec.app().system());
            throw e;
        }
        index.put(started.containerId(), new InstanceRef(spec.id(), spec.app(), spec.revision()));
        return started.instance();
    }

    @Override
    public Optional<String> pinned(String image) {
        return ImageDigests.pinned(docker, image);
    }

    @Override
    public Optional<List<String>> logs(String instanceId, LogQuery query) {
        for (String containerId : containersOf(instanceId)) {
            Optional<List<String>> lines = ContainerLogs.read(docker, containerId, query, Instant.now());
            if (lines.isPresent()) {
                return lines;
            }
            index.forgetContainer(containerId);
        }
        return Optional.empty();
    }

    @Override
    public Optional<AutoCloseable> follow(String instanceId, Instant since, int tail, LogSink sink) {
        for (String containerId : containersOf(instanceId)) {
            if (inspectContainer(containerId).isPresent()) {
                try {
                    return Optional.of(ContainerLogFollow.open(events, containerId, since, tail, sink));
                } catch (RuntimeException e) {
                    throw new EngineException("could not follow the logs of container " + shortId(containerId) + ": "
                            + DockerErrors.message(e), e);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ExitState> exitState(String instanceId) {
        for (String containerId : containersOf(instanceId)) {
            try {
                InspectContainerResponse inspected = docker.inspectContainerCmd(containerId).exec();
                InspectContainerResponse.ContainerState state = inspected.getState();
                if (state == null || Boolean.TRUE.equals(state.getRunning()) || state.getExitCodeLong() == null) {
                    return Optional.empty();
                }
                int code = state.getExitCodeLong().intValue();
                return Optional.of(new ExitState(code, OomKills.shared().oomKilled(inspected.getId(),
                        Boolean.TRUE.equals(state.getOOMKilled()), code), ContainerViews.time(state.getFinishedAt())));
            } catch (RuntimeException e) {
                if (!(e instanceof NotFoundException) && !DockerErrors.isNoSuchContainer(e)) {
                    throw new EngineException("could not inspect container " + shortId(containerId) + ": "
                            + DockerErrors.message(e), e);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ExecResult> exec(String instanceId, List<String> command, Duration timeout) {
        for (String containerId : containersOf(instanceId)) {
            Optional<ExecResult> result = ContainerExec.run(docker, containerId, instanceId, command, timeout);
            if (result.isPresent()) {
                return result;
            }
            index.forgetContainer(containerId);
        }
        return Optional.empty();
    }

    @Override
    public Optional<TerminalSession> terminal(String instanceId, TerminalRequest request, TerminalListener listener) {
        for (String containerId : containersOf(instanceId)) {
            Optional<TerminalSession> session = ContainerTerminal.open(docker, socket, containerId, instanceId, request,
                    listener);
            if (session.isPresent()) {
                return session;
            }
            index.forgetContainer(containerId);
        }
        return Optional.empty();
    }

    @Override
    public Optional<InstanceStats> stats(String instanceId) {
        for (String containerId : containersOf(instanceId)) {
            Optional<InstanceStats> stats = ContainerStats.read(docker, containerId);
            if (stats.isPresent()) {
                return stats;
            }
        }
        return Optional.empty();
    }

    @Override
    public void remove(String instanceId, Duration grace) {
        for (String containerId : containersOf(instanceId)) {
            Optional<InstanceRef> ref = resolve(containerId);
            remover.remove(containerId, instanceId, grace);
            ref.ifPresent(this::deleteFiles);
            ref.ifPresent(r -> networks.release(r.app().system()));
        }
        index.forget(instanceId);
    }

    @Override
    public Optional<RuntimeInstance> inspect(String instanceId) {
        Optional<RuntimeInstance> cached = index.container(instanceId).flatMap(this::inspectContainer);
        if (cached.isPresent()) {
            return cached;
        }
        for (String containerId : lookup(instanceId)) {
            Optional<RuntimeInstance> found = inspectContainer(containerId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One container by its id, if it is there and is one of this installation's instances. */
    private Optional<RuntimeInstance> inspectContainer(String containerId) {
        InspectContainerResponse response;
        try {
            response = docker.inspectContainerCmd(containerId).exec();
        } catch (NotFoundException gone) {
            index.forgetContainer(containerId);
            return Optional.empty();
        } catch (RuntimeException e) {
            if (DockerErrors.isNoSuchContainer(e)) {
                index.forgetContainer(containerId);
                return Optional.empty();
            }
            throw new EngineException("could not inspect container " + shortId(containerId) + ": "
                    + DockerErrors.message(e), e);
        }
        Map<String, String> labels = response.getConfig() == null ? null : response.getConfig().getLabels();
        if (!ours(labels)) {
            return Optional.empty();
        }
        Optional<RuntimeInstance> instance = ContainerViews.fromInspect(response);
        instance.ifPresent(i -> index.put(response.getId(), new InstanceRef(i.id(), i.app(), i.revision())));
        return instance;
    }

    private boolean ours(Map<String, String> labels) {
        return labels != null && labels.containsKey(Labels.APP)
                && (installation == null || installation.equals(labels.get(PodmanLabels.INSTALLATION)));
    }

    /** The containers labelled with this instance id (normally one), found by a filtered list. */
    private List<String> lookup(String instanceId) {
        return listContainers(Labels.INSTANCE + "=" + instanceId).stream().map(Container::getId).toList();
    }

    private List<String> containersOf(String instanceId) {
        return index.container(instanceId).map(List::of).orElseGet(() -> lookup(instanceId));
    }

    @Override
    public List<RuntimeInstance> list() {
        List<RuntimeInstance> instances = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Container container : listContainers(Labels.APP)) {
            ContainerViews.fromList(container).ifPresent(i -> {
                index.put(container.getId(), new InstanceRef(i.id(), i.app(), i.revision()));
                instances.add(i);
                names.add(ContainerPlan.containerName(i.app().system(), i.id(), installation));
            });
        }
        if (files != null && installation != null) {
            files.sweep(names, ORPHAN_FILES_MIN_AGE, Instant.now());
        }
        return instances;
    }

    /** One list call (running or not) with a label filter, and the installation's label if any. */
    private List<Container> listContainers(String labelFilter) {
        List<String> filters = installation == null ? List.of(labelFilter)
                : List.of(labelFilter, PodmanLabels.INSTALLATION + "=" + installation);
        try {
            return docker.listContainersCmd().withShowAll(true).withLabelFilter(filters).exec();
        } catch (RuntimeException e) {
            throw new EngineException("could not list containers with label " + labelFilter + ": "
                    + DockerErrors.message(e), e);
        }
    }

    /**
     * Podman 4.3 ignores a label filter without a value on events (it matches nothing), so the
     * server filters on the installation label only, and the mapper keeps Wharf's containers.
     */
    @Override
    public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
        EventMapper mapper = new EventMapper(installation, this::resolve);
        String serverFilter = installation == null ? null : PodmanLabels.INSTALLATION + "=" + installation;
        PodmanEventWatch watch = new PodmanEventWatch(events, serverFilter, e -> mapper.map(e).map(this::track),
                listener);
        watches.add(watch);
        watch.open();
        return () -> {
            watches.remove(watch);
            watch.close();
        };
    }

    private RuntimeEvent track(EventMapper.Mapped mapped) {
        switch (mapped.event().type()) {
            case STARTED -> index.put(mapped.containerId(), mapped.ref());
            case REMOVED -> {
                index.forgetContainer(mapped.containerId());
                deleteFiles(mapped.ref());
                networks.release(mapped.ref().app().system());
            }
            default -> {
            }
        }
        return mapped.event();
    }

    /** Deletes the files of a removed container, whoever removed it. */
    private void deleteFiles(InstanceRef ref) {
        if (files != null) {
            files.deleteQuietly(files.directory(ContainerPlan.containerName(ref.app().system(), ref.id(), installation)));
        }
    }

    private Optional<InstanceRef> resolve(String containerId) {
        return index.ref(containerId).or(() -> inspectContainer(containerId)
                .map(i -> new InstanceRef(i.id(), i.app(), i.revision())));
    }

    @Override
    public void close() {
        watches.forEach(PodmanEventWatch::close);
        watches.clear();
        closeQuietly(docker);
        closeQuietly(events);
    }

    private static void closeQuietly(Closeable client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a Docker API client failed", e);
        }
    }

    static String shortId(String containerId) {
        return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
    }
}
