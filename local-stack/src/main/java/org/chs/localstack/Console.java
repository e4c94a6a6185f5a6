package org.chs.localstack;

/** The launcher's own progress messages, kept apart from the child processes' logs. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("[local-stack] " + message);
    }

    static void warn(String message) {
        System.err.println("[local-stack] WARNING: " + message);
    }
}
