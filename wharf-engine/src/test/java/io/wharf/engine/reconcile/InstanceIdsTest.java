package io.wharf.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Names;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstanceIdsTest {
    @Test
    void anInstanceIdIsTheAppNameAndFiveRandomCharacters() {
        assertThat(InstanceIds.next("hello")).matches("hello-[b-z2-9]{5}");
    }

    @Test
    void anInstanceIdOfTheLongestAppNameIsStillAValidHostName() {
        String longest = "a".repeat(56) + "-" + "b".repeat(6);
        String id = InstanceIds.next(longest);
        assertThat(id).hasSizeLessThanOrEqualTo(Names.MAX_LENGTH).startsWith("a".repeat(56) + "-");
        assertThat(Names.isDnsLabel(id)).isTrue();
    }

    @Test
    void aTruncatedNameNeverLeavesTwoDashesInARow() {
        String name = "a".repeat(56) + "--" + "b".repeat(5);
        assertThat(InstanceIds.next(name)).doesNotContain("--");
    }

    @Test
    void idsOfOneAppDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(InstanceIds.next("web"));
        }
        assertThat(ids).hasSizeGreaterThan(990);
    }
}
