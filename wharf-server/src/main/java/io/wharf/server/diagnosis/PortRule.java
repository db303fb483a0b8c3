package io.wharf.server.diagnosis;

import io.wharf.engine.health.ProbeAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The health check cannot connect: nothing listens on the app's port inside the instance. What the
 * process listens on instead, read inside the instance, says whether it uses another port, listens on
 * loopback only, or listens on nothing; an instance younger than {@link #STARTING} that listens on
 * nothing may just be starting.
 */
final class PortRule implements Rule {
    static final Duration STARTING = Duration.ofSeconds(10);

    @Override
    public List<Finding> apply(Facts facts) {
        return ProbeFacts.failing(facts, List.of(ProbeAnswer.Kind.REFUSED)).stream()
                .map(failing -> explain(facts, failing)).flatMap(Optional::stream).limit(1).toList();
    }

    private static Optional<Finding> explain(Facts facts, ProbeFacts.Failing failing) {
        int port = failing.probe().port();
        ListeningPorts ports = facts.listening().get(failing.instance().id());
        boolean starting = failing.age(facts.now()).compareTo(STARTING) < 0;
        List<String> evidence = new ArrayList<>(List.of(failing.sentence()));
        if (ports == null) {
            return starting ? Optional.empty() : Optional.of(new Finding(Reason.PortNotListening, "port " + port
                    + ": nothing listens (connections to it are refused)", evidence, "make the process listen on 0.0.0.0:"
                    + port + " (it gets $PORT), or set the app's port to the one it listens on"));
        }
        if (ports.reachable().contains(port)) {
            return Optional.empty(); // it listens by now
        }
        evidence.add("instance " + failing.instance().id() + " listens on " + (ports.all().isEmpty() ? "no TCP port"
                : "TCP " + list(ports)) + " (read from /proc/net/tcp inside it)");
        if (ports.loopbackOnly().contains(port)) {
            return Optional.of(new Finding(Reason.PortNotListening, "port " + port + ": the process listens on 127.0.0.1"
                    + " only, which the instance's published port cannot reach", evidence,
                    "make the process listen on 0.0.0.0:" + port + " (every address), not on loopback"));
        }
        if (ports.all().isEmpty()) {
            return starting ? Optional.empty() : Optional.of(new Finding(Reason.PortNotListening, "port " + port
                    + ": nothing listens (the process listens on no TCP port)", evidence,
                    "check that the process starts its server (wharf logs SYSTEM/APP); it should listen on 0.0.0.0:" + port));
        }
        return Optional.of(new Finding(Reason.PortNotListening, "port " + port + ": nothing listens (the process listens on "
                + list(ports) + ")", evidence, "make the process listen on port " + port + " (it gets $PORT), or set the"
                + " app's port to " + ports.all().iterator().next()));
    }

    private static String list(ListeningPorts ports) {
        return ports.all().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
