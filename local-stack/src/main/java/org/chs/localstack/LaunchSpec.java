package org.chs.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one child process: its command line, the environment added to the launcher's own, where it runs and logs.
 *
 * @param command the program and its arguments
 * @param environment variables set on top of the inherited environment
 * @param workingDirectory the directory the process starts in
 * @param logFile where its standard output and error are appended
 */
public record LaunchSpec(List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {

    public LaunchSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
