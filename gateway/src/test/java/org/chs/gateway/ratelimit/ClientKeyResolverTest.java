package org.chs.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver(
            new RateLimitProperties(true, 10, 10, Duration.ofSeconds(1), 100, List.of("chs-console"), Map.of()));

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void shouldKeyByClientIdWhenTokenIsAServiceAccount() {
        ClientKey key = resolver.fromToken(jwt(Map.of("azp", "bank-icbc-qiandaohu",
                "preferred_username", "service-account-bank-icbc-qiandaohu")));

        assertThat(key).isEqualTo(new ClientKey("bank-icbc-qiandaohu", "bank-icbc-qiandaohu"));
    }

    @Test
    void shouldKeyByUserWithinTheClientWhenClientIsSharedByPeople() {
        ClientKey key = resolver.fromToken(jwt(Map.of("azp", "chs-console", "preferred_username", "clerk-county")));

        assertThat(key).isEqualTo(new ClientKey("chs-console/clerk-county", "chs-console"));
    }

    @Test
    void shouldKeyBySubjectWhenTokenHasNoClientId() {
        assertThat(resolver.fromToken(jwt(Map.of("scope", "x")))).isEqualTo(new ClientKey("sub:sub-1", null));
    }

    @Test
    void shouldKeyByAddressWhenThereIsNoToken() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/registry/v3/api-docs")
                .remoteAddress(new java.net.InetSocketAddress("10.1.2.3", 5555)));

        assertThat(resolver.resolve(exchange).block()).isEqualTo(new ClientKey("ip:10.1.2.3", null));
    }
}
