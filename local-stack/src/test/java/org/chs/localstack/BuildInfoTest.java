package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void shouldCarryTheVersionsAndTheDistributionPathWhenBuiltByMaven() {
        BuildInfo build = BuildInfo.load();

        assertThat(build.applicationsVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(build.keycloakVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(build.keycloakDistribution().toString())
                .endsWith("org/keycloak/keycloak-quarkus-dist/" + build.keycloakVersion() + "/keycloak-quarkus-dist-"
                        + build.keycloakVersion() + ".zip");
    }

    @Test
    void shouldSayHowToBuildWhenResourcesWereNotFiltered() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("applications.version", "@project.version@");
        unfiltered.setProperty("keycloak.version", "@keycloak.version@");
        unfiltered.setProperty("keycloak.distribution", "@settings.localRepository@/x.zip");

        assertThatThrownBy(() -> BuildInfo.from(unfiltered))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("mvn -pl local-stack package");
    }
}
