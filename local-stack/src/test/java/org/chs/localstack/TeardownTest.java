package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeardownTest {

    private final List<String> stopped = new ArrayList<>();
    private final Teardown teardown = new Teardown();

    @Test
    void shouldStopInReverseOrderOnceWhenClosedTwice() {
        teardown.add("mongo", () -> stopped.add("mongo"));
        teardown.add("keycloak", () -> stopped.add("keycloak"));
        teardown.add("apps", () -> stopped.add("apps"));

        teardown.closeAll();
        teardown.closeAll();

        assertThat(stopped).containsExactly("apps", "keycloak", "mongo");
    }

    @Test
    void shouldKeepStoppingTheRestWhenOnePartFails() {
        teardown.add("mongo", () -> stopped.add("mongo"));
        teardown.add("keycloak", () -> {
            throw new IllegalStateException("stuck");
        });

        teardown.closeAll();

        assertThat(stopped).containsExactly("mongo");
    }

    @Test
    void shouldStopAPartStraightAwayWhenItStartsAfterCtrlC() {
        teardown.closeAll();

        assertThatThrownBy(() -> teardown.add("keycloak", () -> stopped.add("keycloak")))
                .isInstanceOf(LocalStackException.class);
        assertThat(stopped).containsExactly("keycloak");
    }
}
