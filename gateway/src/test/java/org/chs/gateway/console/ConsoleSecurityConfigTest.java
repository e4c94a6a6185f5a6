package org.chs.gateway.console;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSecurityConfigTest {

    @Test
    void shouldAllowOnlyTheConsoleAndTheIdentityProviderWhenThePolicyIsBuilt() {
        List<String> directives = Arrays.asList(
                ConsoleSecurityConfig.contentSecurityPolicy("https://keycloak.example").split("; "));

        assertThat(directives).containsExactly(
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self' https://keycloak.example",
                "frame-src https://keycloak.example",
                "form-action 'self' https://keycloak.example",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'");
    }
}
