package org.chs.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens of the {@code chs} realm as the end-to-end tests need them: real ones from Keycloak (demo users by the password grant,
 * partners by client credentials), a real one that has expired, and forgeries of a real one (signed with another key, unsigned
 * with {@code alg: none}, or with its claims changed under the original signature).
 */
final class RealmTokens {

    /** What the gateway and the services tolerate past {@code exp} (Spring Security's default clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private final StackUnderTest stack;

    RealmTokens(StackUnderTest stack) {
        this.stack = stack;
    }

    /** A demo user's access token (password grant through {@code chs-cli}). */
    String user(String username) throws IOException, InterruptedException {
        return token(stack.tokenUri(), Map.of("grant_type", "password", "client_id", ChsRealm.CLI_CLIENT_ID, "username", username,
                "password", ChsRealm.DEMO_PASSWORD));
    }

    /** A confidential client's access token (client credentials with its dev secret). */
    String client(String clientId) throws IOException, InterruptedException {
        return token(stack.tokenUri(), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", ChsRealm.devSecret(clientId)));
    }

    /**
     * A real token of a demo user that lives one second: {@code chs-cli}'s access-token lifespan is set to 1 s through
     * Keycloak's admin API for this one grant and put back at once. It is refused once {@link #usableUntil} has passed.
     */
    String shortLived(String username) throws IOException, InterruptedException {
        String admin = token(URI.create(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"), Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", KeycloakServer.ADMIN_USERNAME,
                "password", KeycloakServer.ADMIN_PASSWORD));
        URI clients = URI.create(stack.keycloakUrl() + "/admin/realms/" + ChsRealm.NAME + "/clients");
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + ChsRealm.CLI_CLIENT_ID))
                .header("Authorization", "Bearer " + admin).GET(), 200));
        JsonNode original = found.path(0);
        URI client = URI.create(clients + "/" + original.path("id").asString());
        ObjectNode shortened = (ObjectNode) original.deepCopy();
        shortened.withObject("attributes").put("access.token.lifespan", "1");
        send(HttpRequest.newBuilder(client).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(shortened))), 204);
        // Keycloak merges the attributes of a PUT into the stored ones: only an empty value removes the override again.
        ObjectNode restored = (ObjectNode) original.deepCopy();
        restored.withObject("attributes").put("access.token.lifespan", original.path("attributes").path("access.token.lifespan").asString(""));
        try {
            return user(username);
        } finally {
            send(HttpRequest.newBuilder(client).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(restored))), 204);
            JsonNode after = claims(user(username));
            if (after.path("exp").asLong() - after.path("iat").asLong() <= 1) {
                throw new IllegalStateException(ChsRealm.CLI_CLIENT_ID + "'s token lifespan was not restored in Keycloak");
            }
        }
    }

    /** When a token stops being accepted: its {@code exp} plus the clock skew, plus a second. */
    static Instant usableUntil(String token) {
        return Instant.ofEpochSecond(claims(token).path("exp").asLong()).plus(CLOCK_SKEW).plusSeconds(1);
    }

    /** The same header and claims, signed with a key the realm never had. */
    static String signedWithAnotherKey(String token) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String[] parts = token.split("\\.");
            return sign(parts[0] + "." + parts[1], generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    static String unsigned(String token) {
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The original signature over claims that now also grant every realm role. */
    static String withRolesAdded(String token) {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) claims(token);
        claims.putObject("realm_access").putArray("roles").add("agency-admin").add("auditor").add("counter-clerk")
                .add("bank-operator").add("hospital-operator").add("site-evaluator");
        return parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
    }

    static JsonNode claims(String token) {
        return JSON.readTree(B64_DECODER.decode(token.split("\\.")[1]));
    }

    private static String sign(String signingInput, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(signature.sign());
    }

    private static String token(URI tokenUri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send(HttpRequest.newBuilder(tokenUri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200);
        return JSON.readTree(answer).path("access_token").asString();
    }

    private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
                    + response.statusCode() + " instead of " + expected + ": " + response.body());
        }
        return response.body();
    }
}
