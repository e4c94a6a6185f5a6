package org.chs.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The stack an end-to-end test talks to: started by the test (and stopped after it), or, with
 * {@code -Dchs.e2e.gateway-url=http://127.0.0.1:8080}, one that already runs ({@code java -jar local-stack/target/local-stack.jar}),
 * which the test neither starts nor stops. The second is for iterating on a test without the stack's start each time.
 */
final class StackUnderTest implements AutoCloseable {

    /** The gateway of a stack that is already running; unset, the test starts its own. */
    static final String GATEWAY_URL = "chs.e2e.gateway-url";
    /** Keycloak of that stack; default {@code http://127.0.0.1:8180}. */
    static final String KEYCLOAK_URL = "chs.e2e.keycloak-url";

    private final RunningStack started;
    private final URI gateway;
    private final URI keycloak;

    private StackUnderTest(RunningStack started, URI gateway, URI keycloak) {
        this.started = started;
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    /** Attaches to the stack named by {@value #GATEWAY_URL}, else starts one with its files in a fresh temporary folder. */
    static StackUnderTest startOrAttach(String name) throws IOException {
        String external = System.getProperty(GATEWAY_URL, "");
        if (!external.isBlank()) {
            return new StackUnderTest(null, URI.create(external.replaceAll("/+$", "")),
                    URI.create(System.getProperty(KEYCLOAK_URL, "http://127.0.0.1:8180").replaceAll("/+$", "")));
        }
        Path data = Files.createTempDirectory(name);
        RunningStack stack = LocalStack.start(LocalStackOptions.defaults()
                .withDataDirectory(data.resolve("data"))
                .withLogDirectory(data.resolve("logs"))
                .withReadinessTimeout(Duration.ofMinutes(5)));
        return new StackUnderTest(stack, stack.gatewayUrl(), stack.keycloakUrl());
    }

    /** True when this test started the stack, so it may stop and start its applications. */
    boolean startedHere() {
        return started != null;
    }

    /** The stack this test started; only when {@link #startedHere()}. */
    RunningStack stack() {
        if (started == null) {
            throw new IllegalStateException("The stack at " + gateway + " was not started by this test");
        }
        return started;
    }

    URI gatewayUrl() {
        return gateway;
    }

    URI keycloakUrl() {
        return keycloak;
    }

    URI tokenUri() {
        return URI.create(keycloak + "/realms/" + ChsRealm.NAME + "/protocol/openid-connect/token");
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
