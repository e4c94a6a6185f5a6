package org.chs.gateway.console;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsolePropertiesTest {

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:8180/realms/chs, http://127.0.0.1:8180",
            "http://keycloak:8080/realms/chs, http://keycloak:8080",
            "https://keycloak.example/realms/chs, https://keycloak.example",
            "https://Keycloak.Example:443/realms/chs, https://keycloak.example",
            "http://sso.example:80/auth/realms/chs/, http://sso.example",
            "https://sso.example:8443/realms/chs, https://sso.example:8443"})
    void shouldReduceTheIssuerToItsOriginWhenTheBrowserMustReachIt(String issuer, String origin) {
        assertThat(new ConsoleProperties(URI.create(issuer), "chs-console").identityProviderOrigin()).isEqualTo(origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/realms/chs", "ftp://keycloak.example/realms/chs", "keycloak:8080/realms/chs"})
    void shouldRefuseAnIssuerTheBrowserCannotLogInAtWhenConfigured(String issuer) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ConsoleProperties(URI.create(issuer), "chs-console"))
                .withMessageContaining("chs.gateway.console.authority");
    }

    @Test
    void shouldLeaveTheMissingIssuerToBeanValidationWhenNotConfigured() {
        assertThat(new ConsoleProperties(null, "chs-console").authority()).isNull();
    }
}
