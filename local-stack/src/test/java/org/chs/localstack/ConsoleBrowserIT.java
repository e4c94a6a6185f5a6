package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web console in a real browser against the whole platform, started as {@link PlatformEndToEndIT} starts it: the
 * Playwright specs in {@code console/e2e/} sign in through the real Keycloak login form, work a counter from queue ticket to
 * receipt, review the handling as a citizen on a phone, answer the rectification, and are refused another point's data
 * (run 1, everything but {@code @outage}). Then enrollment-service is stopped and the {@code @outage} specs check that the
 * console says the enrolment service is unavailable and nothing was recorded (run 2).
 *
 * <p>Needs Debian's Chromium at {@value #CHROMIUM} and the console's node_modules (the console module's build runs
 * {@code npm ci}); the gateway jar must already hold the console bundle, which the reactor builds before this module.
 * Reports: {@code console/target/playwright-report/{main,outage}/index.html}; screenshots: {@code console/target/screenshots/}.
 * With {@code -Dchs.e2e.gateway-url} it runs the main specs against a stack that is already running ({@link StackUnderTest})
 * and leaves out the outage run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path console;
    private StackUnderTest stack;

    @BeforeAll
    void startTheStack() throws IOException {
        Path repository = RepositoryRoot.locate();
        console = repository.resolve("console");
        // Checked before the stack starts: a missing browser or install should cost seconds, not the stack's two minutes.
        assertThat(Files.isExecutable(Path.of(CHROMIUM)))
                .as("The browser tests need Debian's Chromium at %s (Playwright's own download is not reachable): "
                        + "apt-get install -y chromium fonts-noto-cjk", CHROMIUM)
                .isTrue();
        assertThat(console.resolve("node_modules").resolve("@playwright").resolve("test"))
                .as("The console's node_modules lacks @playwright/test: build the console module first "
                        + "(mvn -pl console -DskipTests package runs npm ci), or run npm ci in %s", console)
                .isDirectory();

        stack = StackUnderTest.startOrAttach("chs-console-e2e-");
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldPassTheConsoleBrowserTestsAndShowA503WhenEnrollmentIsStopped() throws Exception {
        requireTheGatewayToServeTheConsole();

        PlaywrightRun main = PlaywrightRun.of(console, stack.gatewayUrl(), "main", "--grep-invert", "@outage");
        int mainExit = main.run(RUN_TIMEOUT);

        // the outage run stops a service: only on a stack this test started (not with -Dchs.e2e.gateway-url)
        PlaywrightRun outage = null;
        int outageExit = 0;
        if (stack.startedHere()) {
            stack.stack().stop("enrollment-service");
            outage = PlaywrightRun.of(console, stack.gatewayUrl(), "outage", "--grep", "@outage");
            outageExit = outage.run(RUN_TIMEOUT);
        }

        assertThat(mainExit).as("Playwright (all specs but @outage) failed; see %s and the traces under %s",
                main.report(), main.results()).isZero();
        if (outage != null) {
            assertThat(outageExit).as("Playwright (@outage, enrollment-service stopped) failed; see %s and the traces under %s",
                    outage.report(), outage.results()).isZero();
        }
    }

    /** The console is part of the gateway's jar; without it every spec would fail on the same 404. */
    private void requireTheGatewayToServeTheConsole() throws IOException, InterruptedException {
        for (String path : new String[] {"/console/", "/console/config.json"}) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("GET %s%s answered %s: the gateway jar must hold the console bundle "
                            + "(mvn -DskipTests package builds console before gateway)", stack.gatewayUrl(), path,
                            response.statusCode())
                    .isEqualTo(200);
        }
    }
}
