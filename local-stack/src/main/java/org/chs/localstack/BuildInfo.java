package org.chs.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Facts fixed when this launcher was built: the applications' version and where Maven put the Keycloak distribution.
 *
 * @param applicationsVersion the version of the applications' jars, e.g. {@code 0.1.0-SNAPSHOT}
 * @param keycloakVersion the Keycloak version, e.g. {@code 26.7.4}
 * @param keycloakDistribution the distribution zip in the local Maven repository of the machine that built the launcher
 */
public record BuildInfo(String applicationsVersion, String keycloakVersion, Path keycloakDistribution) {

    static final String RESOURCE = "/org/chs/localstack/local-stack.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("@[A-Za-z][\\w.-]*@|\\$\\{");

    /** Reads the filtered resource that Maven wrote into the launcher's jar. */
    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LocalStackException(RESOURCE + " is missing from the classpath; build the launcher with "
                        + "'mvn -pl local-stack package'.");
            }
            Properties properties = new Properties();
            properties.load(in);
            return from(properties);
        } catch (IOException e) {
            throw new LocalStackException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static BuildInfo from(Properties properties) {
        String applications = required(properties, "applications.version");
        String keycloak = required(properties, "keycloak.version");
        String distribution = required(properties, "keycloak.distribution");
        return new BuildInfo(applications, keycloak, Path.of(distribution));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        // An IDE that copies resources without Maven filtering leaves the placeholders in.
        if (value == null || value.isBlank() || PLACEHOLDER.matcher(value).find()) {
            throw new LocalStackException("'" + key + "' is not set in " + RESOURCE + " (value: " + value + "); build "
                    + "the launcher with Maven ('mvn -pl local-stack package') so that resource filtering fills it in.");
        }
        return value.trim();
    }
}
