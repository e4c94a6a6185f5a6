package org.chs.testsupport.jwt;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Mints Keycloak-shaped access tokens signed with a local RSA key and serves that key as a JWKS on 127.0.0.1, so that
 * integration tests exercise real signature, issuer and expiry validation without a Keycloak. One issuer per test JVM.
 */
public final class TestTokens {

    public static final String REALM_PATH = "/realms/chs";
    public static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";

    private static volatile TestTokens shared;

    private final RSAKey key;
    private final String issuer;

    private TestTokens(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** The JVM-wide issuer; its JWKS endpoint starts on first use. */
    public static TestTokens shared() {
        if (shared == null) {
            synchronized (TestTokens.class) {
                if (shared == null) {
                    shared = start();
                }
            }
        }
        return shared;
    }

    /** Points the application's resource server at this issuer; call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        TestTokens tokens = shared();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer.substring(0, issuer.length() - REALM_PATH.length()) + JWKS_PATH;
    }

    /** A counter clerk (password grant through the console) working at a service point. */
    public String clerk(String username, String servicePointId) {
        return token().user(username).roles("counter-clerk").claim("service_point_id", servicePointId).sign();
    }

    /** A partner bank branch's service-account token. */
    public String bank(String clientId, String servicePointId) {
        return token().serviceAccount(clientId).roles("bank-operator").claim("service_point_id", servicePointId).sign();
    }

    /** A designated hospital's service-account token. */
    public String hospital(String clientId, String institutionId, String servicePointId) {
        return token().serviceAccount(clientId).roles("hospital-operator").claim("institution_id", institutionId)
                .claim("service_point_id", servicePointId).sign();
    }

    /** A console user with the given realm roles. */
    public String user(String username, String... roles) {
        return token().user(username).roles(roles).sign();
    }

    public Builder token() {
        return new Builder();
    }

    /** Shapes one token; defaults to a 5-minute token from {@code chs-console}. */
    public final class Builder {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String subject = UUID.randomUUID().toString();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private String tokenIssuer = issuer;
        private RSAKey signingKey = key;

        private Builder() {
            claims.put("azp", "chs-console");
            claims.put("typ", "Bearer");
        }

        public Builder user(String username) {
            claims.put("preferred_username", username);
            return this;
        }

        public Builder serviceAccount(String clientId) {
            claims.put("preferred_username", "service-account-" + clientId);
            claims.put("azp", clientId);
            claims.put("client_id", clientId);
            return this;
        }

        public Builder subject(String sub) {
            this.subject = sub;
            return this;
        }

        public Builder roles(String... roles) {
            claims.put("realm_access", Map.of("roles", List.copyOf(Arrays.asList(roles))));
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        /** A token that expired a minute ago, to prove expiry is checked. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofMinutes(10));
            this.lifetime = Duration.ofMinutes(9);
            return this;
        }

        /** A token from another issuer, to prove the issuer is checked. */
        public Builder issuer(String otherIssuer) {
            this.tokenIssuer = otherIssuer;
            return this;
        }

        /** A token signed with a key the JWKS does not publish, to prove signatures are checked. */
        public Builder signedWithUnknownKey() {
            this.signingKey = generateKey();
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject(subject)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)));
            claims.forEach(set::claim);
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), set.build());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign test token", e);
            }
        }
    }

    private static TestTokens start() {
        RSAKey key = generateKey();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(JWKS_PATH, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-shutdown"));
            return new TestTokens(key, "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test JWKS endpoint", e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate RSA key", e);
        }
    }
}
