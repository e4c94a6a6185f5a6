package org.chs.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line and environment with which the local stack runs each application's jar. */
final class ApplicationCommands {

    // Two cores run five JVMs: the C1-only JIT starts them faster and a small heap keeps the machine responsive.
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    private final Path repositoryRoot;
    private final String version;
    private final Path javaExecutable;
    private final Endpoints endpoints;
    private final boolean demoData;
    private final Path logDirectory;

    ApplicationCommands(Path repositoryRoot, String version, Path javaExecutable, Endpoints endpoints, boolean demoData,
            Path logDirectory) {
        this.repositoryRoot = repositoryRoot;
        this.version = version;
        this.javaExecutable = javaExecutable;
        this.endpoints = endpoints;
        this.demoData = demoData;
        this.logDirectory = logDirectory;
    }

    LaunchSpec launchSpec(Application application) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar(application).toString());
        return new LaunchSpec(command, environment(application), repositoryRoot, logFile(application));
    }

    Path jar(Application application) {
        return application.jar(repositoryRoot, version);
    }

    Path logFile(Application application) {
        return logDirectory.resolve(application.module() + ".log");
    }

    /** The Maven command, run in the repository root, that produces the application's jar. */
    static String buildCommand(Application application) {
        return "mvn -pl " + application.module() + " -am -DskipTests package";
    }

    private Map<String, String> environment(Application application) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_ADDRESS", endpoints.host());
        env.put("SERVER_PORT", Integer.toString(application.port()));
        application.database().ifPresent(database -> env.put("MONGODB_URI", endpoints.mongoUri(database)));
        env.put("SPRING_RABBITMQ_HOST", endpoints.host());
        env.put("SPRING_RABBITMQ_PORT", Integer.toString(endpoints.rabbitPort()));
        env.put("KEYCLOAK_ISSUER_URI", endpoints.issuerUri().toString());
        if (application.isService()) {
            // The realm's dev secret convention; production secrets come from Kubernetes Secrets, never from here.
            env.put("CHS_CLIENT_SECRET", ChsRealm.devSecret(application.module()));
        }
        env.put("CHS_DEMO_DATA", Boolean.toString(demoData));
        if (application == Application.GATEWAY) {
            env.put("SITE_REGISTRY_URL", endpoints.applicationUrl(Application.SITE_REGISTRY).toString());
            env.put("ENROLLMENT_URL", endpoints.applicationUrl(Application.ENROLLMENT).toString());
            env.put("SETTLEMENT_URL", endpoints.applicationUrl(Application.SETTLEMENT).toString());
            env.put("EVALUATION_URL", endpoints.applicationUrl(Application.EVALUATION).toString());
        }
        return env;
    }
}
