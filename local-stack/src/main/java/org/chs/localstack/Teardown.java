package org.chs.localstack;

import java.util.ArrayDeque;
import java.util.Deque;

/** What the local stack has started so far, stopped in reverse order exactly once, from whichever thread asks first. */
final class Teardown {

    private record Step(String name, AutoCloseable resource) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean closed;

    /** Registers a started resource; if teardown already began (Ctrl-C during start-up), stops it straight away. */
    void add(String name, AutoCloseable resource) {
        synchronized (this) {
            if (!closed) {
                steps.push(new Step(name, resource));
                return;
            }
        }
        closeQuietly(new Step(name, resource));
        throw new LocalStackException("the local stack is shutting down");
    }

    synchronized boolean isClosed() {
        return closed;
    }

    void closeAll() {
        boolean stoppedAny = false;
        while (true) {
            Step step;
            synchronized (this) {
                closed = true;
                step = steps.poll();
            }
            if (step == null) {
                if (stoppedAny) {
                    Console.info("stopped everything this launcher started");
                }
                return;
            }
            Console.info("stopping " + step.name());
            closeQuietly(step);
            stoppedAny = true;
        }
    }

    private static void closeQuietly(Step step) {
        try {
            step.resource().close();
        } catch (Exception e) {
            // Keep going: one part that fails to stop must not leave the others running.
            Console.warn("could not stop " + step.name() + ": " + e);
        }
    }
}
