package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Event;
import io.wharf.engine.runtime.RuntimeEvent.Type;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.model.AppKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mapping the events Podman 4.3's compat API sent (copies of its JSON). */
class EventMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final AppKey APP = new AppKey("expsys", "exp");

    private static Event event(String action, String extraAttributes) throws Exception {
        return JSON.readValue("""
                {"status": "%1$s", "id": "aa64a0620aa4", "from": "localhost/wharf/hello:1", "Type": "container",
                 "Action": "%1$s", "Actor": {"ID": "aa64a0620aa4", "Attributes": {"containerExitCode": "0",
                 "image": "localhost/wharf/hello:1", "name": "wharf-expsys-exp-1", "podId": ""%2$s}},
                 "scope": "local", "time": 1795563688, "timeNano": 1795563688214609226}
                """.formatted(action, extraAttributes), Event.class);
    }

    private static final String LABELS = """
            , "wharf.io/app": "exp", "wharf.io/instance": "exp-1", "wharf.io/revision": "1", "wharf.io/system": "expsys\"""";

    private static Optional<RuntimeEvent> map(EventMapper mapper, Event event) {
        return mapper.map(event).map(EventMapper.Mapped::event);
    }

    @Test
    void startDieAndRemoveBecomeStartedDiedAndRemoved() throws Exception {
        EventMapper mapper = new EventMapper(null, id -> Optional.empty());

        assertThat(map(mapper, event("start", LABELS))).contains(new RuntimeEvent(Type.STARTED, "exp-1", APP));
        assertThat(map(mapper, event("die", LABELS))).contains(new RuntimeEvent(Type.DIED, "exp-1", APP));
        assertThat(map(mapper, event("remove", LABELS))).contains(new RuntimeEvent(Type.REMOVED, "exp-1", APP));
        assertThat(map(mapper, event("destroy", LABELS))).contains(new RuntimeEvent(Type.REMOVED, "exp-1", APP));
    }

    @Test
    void otherActionsAreIgnored() throws Exception {
        EventMapper mapper = new EventMapper(null, id -> Optional.empty());

        for (String action : new String[] {"create", "init", "kill", "cleanup", "stop", "exec_died"}) {
            assertThat(map(mapper, event(action, LABELS))).as(action).isEmpty();
        }
    }

    @Test
    void containersOfOtherInstallationsAreIgnored() throws Exception {
        EventMapper mapper = new EventMapper("mine", id -> Optional.empty());

        assertThat(map(mapper, event("start", LABELS + ", \"wharf.io/installation\": \"theirs\""))).isEmpty();
        assertThat(map(mapper, event("start", LABELS))).isEmpty();
        assertThat(map(mapper, event("start", LABELS + ", \"wharf.io/installation\": \"mine\""))).isPresent();
    }

    @Test
    void anEventWithoutLabelsIsResolvedByContainerId() throws Exception {
        EventMapper mapper = new EventMapper(null,
                id -> id.equals("aa64a0620aa4") ? Optional.of(new InstanceRef("exp-1", APP, 1)) : Optional.empty());

        assertThat(map(mapper, event("die", ""))).contains(new RuntimeEvent(Type.DIED, "exp-1", APP));
    }

    @Test
    void anEventOfAContainerWharfDoesNotManageIsIgnored() throws Exception {
        EventMapper mapper = new EventMapper(null, id -> Optional.empty());

        assertThat(map(mapper, event("start", ", \"wharf.io/system\": \"expsys\""))).isEmpty();
    }
}
