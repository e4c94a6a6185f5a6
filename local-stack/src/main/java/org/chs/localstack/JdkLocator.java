package org.chs.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a Java runtime recent enough for Keycloak, which needs Java 21 while the platform itself runs on 17. */
final class JdkLocator {

    static final int MINIMUM = 21;
    static final String VARIABLE = "KEYCLOAK_JAVA_HOME";

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([^\"\\s]+)\"?", Pattern.MULTILINE);

    private final UnaryOperator<String> environment;
    private final Path installations;
    private final Jdk current;

    JdkLocator(UnaryOperator<String> environment, Path installations, Jdk current) {
        this.environment = environment;
        this.installations = installations;
        this.current = current;
    }

    static JdkLocator forThisMachine() {
        Jdk current = new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        return new JdkLocator(System::getenv, Path.of("/usr/lib/jvm"), current);
    }

    /** {@code KEYCLOAK_JAVA_HOME}, else the newest JDK 21+ under the installations folder, else this JVM if new enough. */
    Jdk locate() {
        String configured = environment.apply(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            Jdk jdk = read(home).orElseThrow(() -> new LocalStackException(VARIABLE + "=" + configured
                    + " is not a Java installation (no bin/java and release file with JAVA_VERSION there)."));
            if (jdk.featureVersion() < MINIMUM) {
                throw new LocalStackException(VARIABLE + "=" + configured + " is Java " + jdk.featureVersion()
                        + "; Keycloak needs Java " + MINIMUM + " or later.");
            }
            return jdk;
        }
        return scan().or(() -> Optional.of(current).filter(jdk -> jdk.featureVersion() >= MINIMUM))
                .orElseThrow(() -> new LocalStackException("Keycloak needs Java " + MINIMUM + " or later, and none "
                        + "was found: not in " + VARIABLE + ", not under " + installations + ", and this JVM is Java "
                        + current.featureVersion() + ". Install one (e.g. 'apt-get install openjdk-21-jdk-headless' "
                        + "or a Temurin 21/25) and/or set " + VARIABLE + " to its folder."));
    }

    private Optional<Jdk> scan() {
        if (!Files.isDirectory(installations)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(installations)) {
            List<Jdk> found = homes.sorted().map(JdkLocator::read).flatMap(Optional::stream).toList();
            return found.stream()
                    .filter(jdk -> jdk.featureVersion() >= MINIMUM)
                    .max(Comparator.comparingInt(Jdk::featureVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Jdk> read(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find() ? featureVersion(matcher.group(1)).map(feature -> new Jdk(home, feature))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code 1.8.0_392} is 8, {@code 17.0.15} is 17, {@code 21-ea} is 21, {@code 25} is 25. */
    static Optional<Integer> featureVersion(String javaVersion) {
        Matcher matcher = Pattern.compile("^(\\d+)(?:\\.(\\d+))?").matcher(javaVersion);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        if (first == 1 && matcher.group(2) != null) {
            return Optional.of(Integer.parseInt(matcher.group(2)));
        }
        return Optional.of(first);
    }
}
