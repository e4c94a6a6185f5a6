package org.chs.testsupport.boot;

import java.util.Map;

import org.chs.testsupport.jwt.TestTokens;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application's resource server at the test JVM's {@link TestTokens} issuer. */
public final class TestTokensInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestTokens tokens = TestTokens.shared();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("chs-test-tokens", Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri())));
    }
}
