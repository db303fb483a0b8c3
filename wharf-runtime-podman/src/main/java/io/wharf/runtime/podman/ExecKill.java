package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectExecResponse;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends an exec's process once nobody is attached to it. Podman keeps the process of an exec running
 * after its attached connection closes (a shell would wait on its terminal for ever), and neither its
 * Docker API nor its own has a call to stop one; so the process, which exec inspect names by its
 * host pid, is killed here. Only a process whose parent is the conmon that Podman started for this
 * very exec session (its arguments name the session) is touched, so a Podman on another machine, or
 * a pid used again, never costs an unrelated process its life.
 */
final class ExecKill {
    private static final Logger LOG = LoggerFactory.getLogger(ExecKill.class);

    private ExecKill() {
    }

    static void ifRunning(DockerClient docker, String execId, String instanceId) {
        InspectExecResponse exec;
        try {
            exec = docker.inspectExecCmd(execId).exec();
        } catch (RuntimeException e) {
            LOG.debug("exec {} of instance {} could not be inspected: {}", execId, instanceId, DockerErrors.message(e));
            return;
        }
        if (!Boolean.TRUE.equals(exec.isRunning()) || exec.getPidLong() == null) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(exec.getPidLong()).filter(p -> startedFor(p, execId));
        if (process.isEmpty() || !process.get().destroyForcibly()) {
            LOG.info("the command of a closed terminal in instance {} could not be ended here and may still run", instanceId);
        }
    }

    /** Whether the process's parent is the conmon of this exec session. */
    static boolean startedFor(ProcessHandle process, String execId) {
        return process.parent().flatMap(parent -> parent.info().arguments())
                .map(args -> Arrays.asList(args).contains(execId)).orElse(false);
    }
}
