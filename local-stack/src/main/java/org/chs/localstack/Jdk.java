package org.chs.localstack;

import java.nio.file.Path;

/**
 * An installed Java runtime and its feature version.
 *
 * @param home the JAVA_HOME folder
 * @param featureVersion the major version, e.g. 25
 */
public record Jdk(Path home, int featureVersion) {

    public Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }
}
