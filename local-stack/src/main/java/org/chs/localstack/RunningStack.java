package org.chs.localstack;

import java.net.URI;
import java.nio.file.Path;

/** A started local stack: its addresses, control over single applications, and stopping everything on close. */
public final class RunningStack implements AutoCloseable {

    private final LocalStackOptions options;
    private final Applications applications;
    private final ApplicationCommands commands;
    private final Teardown teardown;
    private final Thread shutdownHook;
    private final boolean brokerStartedHere;

    RunningStack(LocalStackOptions options, Applications applications, ApplicationCommands commands,
            Teardown teardown, Thread shutdownHook, boolean brokerStartedHere) {
        this.options = options;
        this.applications = applications;
        this.commands = commands;
        this.teardown = teardown;
        this.shutdownHook = shutdownHook;
        this.brokerStartedHere = brokerStartedHere;
    }

    public LocalStackOptions options() {
        return options;
    }

    public URI gatewayUrl() {
        return options.endpoints().applicationUrl(Application.GATEWAY);
    }

    public URI swaggerUiUrl() {
        return URI.create(gatewayUrl() + "/swagger-ui.html");
    }

    public URI applicationUrl(String module) {
        return options.endpoints().applicationUrl(Application.ofModule(module));
    }

    public URI keycloakUrl() {
        return options.endpoints().keycloakUrl();
    }

    public URI keycloakAdminUrl() {
        return URI.create(keycloakUrl() + "/admin");
    }

    /** The {@code iss} of every token, {@code http://127.0.0.1:8180/realms/chs}. */
    public URI issuerUri() {
        return options.endpoints().issuerUri();
    }

    /** Where tests get tokens: password grant with client {@code chs-cli}, client credentials with the others. */
    public URI tokenUri() {
        return options.endpoints().tokenUri();
    }

    public String mongoUri(String database) {
        return options.endpoints().mongoUri(database);
    }

    public Path logFile(String module) {
        return commands.logFile(Application.ofModule(module));
    }

    public boolean isRunning(String module) {
        return applications.isRunning(Application.ofModule(module));
    }

    /** Stops one application (SIGTERM, then a kill after 20 s); the rest of the stack keeps running. */
    public void stop(String module) {
        applications.stop(Application.ofModule(module));
    }

    /** Starts one application and returns once its readiness endpoint reports UP; a no-op if it is running. */
    public void start(String module) {
        applications.start(Application.ofModule(module));
    }

    public boolean brokerStartedHere() {
        return brokerStartedHere;
    }

    public String banner() {
        return Banner.text(options, brokerStartedHere);
    }

    /** Stops everything this stack started, in reverse order; safe to call more than once. */
    @Override
    public void close() {
        teardown.closeAll();
        LocalStack.removeShutdownHook(shutdownHook);
    }
}
