package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void shouldStopForkedDescendantsWhenStoppingAScriptThatForks() {
        // Like kc.sh: a shell that runs the real work as its own child and waits for it.
        LaunchSpec spec = new LaunchSpec(List.of("sh", "-c", "sleep 300 & wait"), Map.of(), dir,
                dir.resolve("logs/forker.log"));
        ChildProcess process = ChildProcess.start("forker", spec);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(process.pid())
                .map(handle -> handle.descendants().findAny().isPresent()).orElse(false));
        List<ProcessHandle> descendants = ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();

        ChildProcess.stopAll(List.of(process), Duration.ofSeconds(5));

        assertThat(process.isAlive()).isFalse();
        assertThat(descendants).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void shouldAppendOutputToItsLogWhenRunning() throws Exception {
        LaunchSpec spec = new LaunchSpec(List.of("sh", "-c", "echo \"hello $GREETING\""), Map.of("GREETING", "淳安"),
                dir, dir.resolve("logs/echo.log"));

        ChildProcess process = ChildProcess.start("echo", spec);
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());

        assertThat(Files.readString(dir.resolve("logs/echo.log"))).contains("==== echo started by local-stack")
                .contains("hello 淳安");
        assertThat(process.logTail(1)).contains("hello 淳安");
    }

    @Test
    void shouldKillAProcessWhenItIgnoresTheStopRequest() {
        LaunchSpec spec = new LaunchSpec(List.of("sh", "-c", "trap '' TERM; while true; do sleep 1; done"), Map.of(),
                dir, dir.resolve("logs/stubborn.log"));
        ChildProcess process = ChildProcess.start("stubborn", spec);

        ChildProcess.stopAll(List.of(process), Duration.ofMillis(500));

        assertThat(process.isAlive()).isFalse();
    }
}
