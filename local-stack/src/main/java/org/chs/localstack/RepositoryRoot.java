package org.chs.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the CHS repository root: the folder whose pom.xml aggregates the local-stack module. */
public final class RepositoryRoot {

    static final String VARIABLE = "CHS_HOME";

    private RepositoryRoot() {
    }

    /** Uses the system property or environment variable {@code CHS_HOME}, else walks up from the working directory. */
    public static Path locate() {
        Optional<String> configured = Optional.ofNullable(System.getProperty(VARIABLE))
                .or(() -> Optional.ofNullable(System.getenv(VARIABLE)))
                .filter(value -> !value.isBlank());
        return locate(configured, Path.of("").toAbsolutePath());
    }

    static Path locate(Optional<String> configured, Path start) {
        if (configured.isPresent()) {
            Path root = Path.of(configured.get()).toAbsolutePath().normalize();
            if (!isRoot(root)) {
                throw new LocalStackException(VARIABLE + "=" + configured.get() + " is not the CHS repository root "
                        + "(expected a pom.xml there that lists <module>local-stack</module>).");
            }
            return root;
        }
        // Module poms sit below the root, so the first pom.xml on the way up is not necessarily the right one.
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new LocalStackException("Cannot find the CHS repository root above " + start + ". Run the launcher "
                + "from inside the repository or set " + VARIABLE + " to the folder that holds the root pom.xml.");
    }

    static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<module>local-stack</module>");
        } catch (IOException e) {
            return false;
        }
    }
}
