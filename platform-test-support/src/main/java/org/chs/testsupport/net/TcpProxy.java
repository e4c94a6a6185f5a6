package org.chs.testsupport.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port in front of one upstream server, for tests that break the network on purpose: cut all
 * connections and refuse new ones, hold the server's responses back, then restore.
 *
 * <pre>{@code
 * try (TcpProxy proxy = TcpProxy.start("127.0.0.1", 5672)) {
 *     // point the client at 127.0.0.1:proxy.port()
 *     proxy.cut();      // live connections are reset, new ones are reset at once
 *     proxy.restore();  // new connections get through again
 * }
 * }</pre>
 *
 * Only ever listens on and connects from the loopback interface; one platform thread per direction and connection, which is
 * plenty for a test's handful of connections.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final String upstreamHost;
    private final int upstreamPort;
    private final ServerSocket server;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Object flow = new Object();

    private volatile boolean refusing;
    private volatile boolean responsesHeld;
    private volatile boolean closed;

    private TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket();
        this.server.setReuseAddress(true);
        this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a proxy to {@code upstreamHost:upstreamPort} on a free port of 127.0.0.1. */
    public static TcpProxy start(String upstreamHost, int upstreamPort) {
        try {
            return new TcpProxy(upstreamHost, upstreamPort);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a proxy port on the loopback interface", e);
        }
    }

    /** The port clients connect to. */
    public int port() {
        return server.getLocalPort();
    }

    /** The loopback address clients connect to. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** How many client connections were accepted and forwarded so far. */
    public int connectionsForwarded() {
        return accepted.get();
    }

    /** How many client connections are open now. */
    public int liveConnections() {
        return live.size() / 2;
    }

    /**
     * Resets every live connection and every new one until {@link #restore()}, as a network partition or a broker crash
     * would. Held responses are dropped.
     */
    public void cut() {
        refusing = true;
        // close before lifting the hold, or the held bytes (the answers the client must never see) would slip through
        live.forEach(TcpProxy::reset);
        live.clear();
        releaseResponses();
    }

    /** Lets new connections through again. */
    public void restore() {
        refusing = false;
    }

    /**
     * Stops forwarding bytes from the server to the clients while the clients' bytes still reach the server: requests
     * arrive and are acted on, their answers (acknowledgements, confirms) do not come back — the moment in which a client
     * cannot know whether its request took effect. Usually followed by {@link #cut()}.
     */
    public void holdResponses() {
        responsesHeld = true;
    }

    /** Forwards the server's bytes again, the held ones first. */
    public void releaseResponses() {
        synchronized (flow) {
            responsesHeld = false;
            flow.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (refusing) {
                reset(client);
                continue;
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), CONNECT_TIMEOUT_MILLIS);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                live.add(client);
                live.add(upstream);
                accepted.incrementAndGet();
                pump(client, upstream, false, "tcp-proxy-up-" + client.getPort());
                pump(upstream, client, true, "tcp-proxy-down-" + client.getPort());
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean response, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (response && !awaitFlow(from)) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side or cut() closed the connection
            } finally {
                live.remove(from);
                live.remove(to);
                close(from);
                close(to);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits while responses are held; {@code false} if the connection was cut meanwhile. */
    private boolean awaitFlow(Socket from) {
        synchronized (flow) {
            while (responsesHeld && !from.isClosed()) {
                try {
                    flow.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !from.isClosed();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // RST instead of FIN: the peer sees "connection reset", as after a crash
        } catch (SocketException ignored) {
            // already closed
        }
        close(socket);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
