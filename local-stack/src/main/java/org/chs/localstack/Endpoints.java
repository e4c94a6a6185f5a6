package org.chs.localstack;

import java.net.URI;

/**
 * The loopback addresses at which the parts of the local stack listen.
 *
 * @param host the address everything binds to, {@code 127.0.0.1}
 * @param mongoPort the embedded MongoDB's port
 * @param rabbitPort the RabbitMQ broker's AMQP port
 * @param keycloakPort Keycloak's HTTP port
 */
public record Endpoints(String host, int mongoPort, int rabbitPort, int keycloakPort) {

    public String mongoUri(String database) {
        return "mongodb://" + host + ":" + mongoPort + "/" + database;
    }

    public URI keycloakUrl() {
        return URI.create("http://" + host + ":" + keycloakPort);
    }

    public URI issuerUri() {
        return URI.create(keycloakUrl() + "/realms/" + ChsRealm.NAME);
    }

    public URI tokenUri() {
        return URI.create(issuerUri() + "/protocol/openid-connect/token");
    }

    public URI discoveryUri() {
        return URI.create(issuerUri() + "/.well-known/openid-configuration");
    }

    public URI applicationUrl(Application application) {
        return URI.create("http://" + host + ":" + application.port());
    }
}
