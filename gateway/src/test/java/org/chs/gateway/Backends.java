package org.chs.gateway;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** One WireMock server per test JVM standing in for all four services (their paths do not overlap). */
final class Backends {

    static final String REGISTRY_URL = "SITE_REGISTRY_URL";
    static final String ENROLLMENT_URL = "ENROLLMENT_URL";
    static final String SETTLEMENT_URL = "SETTLEMENT_URL";
    static final String EVALUATION_URL = "EVALUATION_URL";

    private static WireMockServer server;

    private Backends() {
    }

    static synchronized WireMockServer wireMock() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-shutdown"));
        }
        return server;
    }

    static String url() {
        return "http://127.0.0.1:" + wireMock().port();
    }

    /** Points all four routes at WireMock. */
    static void allAtWireMock(DynamicPropertyRegistry registry) {
        registry.add(REGISTRY_URL, Backends::url);
        registry.add(ENROLLMENT_URL, Backends::url);
        registry.add(SETTLEMENT_URL, Backends::url);
        registry.add(EVALUATION_URL, Backends::url);
    }

    /** A local port nothing listens on: connecting to it is refused, like a stopped service. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
