package org.chs.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The launcher's command-line options, applied on top of the defaults. */
final class Arguments {

    static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [options]
              --no-apps            start only the embedded MongoDB, RabbitMQ and Keycloak
              --skip-demo-data     start the applications with CHS_DEMO_DATA=false
              --data-dir=PATH      data folder (default <repo>/.local-stack/data); a second start reuses it
              --log-dir=PATH       log folder (default <repo>/.local-stack/logs)
              --mongo-port=PORT    embedded MongoDB port (default 27017)
              --keycloak-zip=PATH  Keycloak distribution zip (default: the one in the local Maven repository)
              --help               this text
            Environment: CHS_HOME (repository root, else found from the working directory),
                         KEYCLOAK_JAVA_HOME (a JDK 21+ for Keycloak, else found under /usr/lib/jvm)
            """;

    private Arguments() {
    }

    /** Empty when help was asked for. */
    static Optional<LocalStackOptions> parse(List<String> args, LocalStackOptions defaults) {
        LocalStackOptions options = defaults;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return Optional.empty();
            } else if (arg.equals("--no-apps")) {
                options = options.withStartApplications(false);
            } else if (arg.equals("--skip-demo-data")) {
                options = options.withSkipDemoData(true);
            } else if (arg.startsWith("--data-dir=")) {
                options = options.withDataDirectory(path(arg));
            } else if (arg.startsWith("--log-dir=")) {
                options = options.withLogDirectory(path(arg));
            } else if (arg.startsWith("--mongo-port=")) {
                options = options.withMongoPort(port(arg));
            } else if (arg.startsWith("--keycloak-zip=")) {
                options = options.withKeycloakDistribution(path(arg));
            } else {
                throw new LocalStackException("Unknown option '" + arg + "'." + System.lineSeparator() + USAGE);
            }
        }
        return Optional.of(options);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static Path path(String arg) {
        return Path.of(value(arg)).toAbsolutePath().normalize();
    }

    private static int port(String arg) {
        try {
            int port = Integer.parseInt(value(arg));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LocalStackException("'" + arg + "' is not a TCP port (1-65535)");
        }
    }
}
