package org.chs.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Whether a loopback TCP port is free to bind or already has a listener. */
final class Ports {

    private Ports() {
    }

    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean accepts(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requireFree(String host, int port, String what) {
        if (!isFree(host, port)) {
            throw new LocalStackException(host + ":" + port + " is already in use, but " + what + " needs it. "
                    + "Is another local stack (or a leftover process) running? Find it with 'ss -ltnp | grep :" + port
                    + "' and stop it, then start again.");
        }
    }
}
