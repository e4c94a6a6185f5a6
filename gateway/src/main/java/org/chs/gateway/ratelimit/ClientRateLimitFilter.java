package org.chs.gateway.ratelimit;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;
import org.chs.gateway.requestid.RequestIdFilter;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Charges every routed request to its client and answers 429 when the client's bucket is empty.
 */
// A gateway filter rather than a web filter: it runs after authentication (the key comes from a validated token) and
// only for calls to services, not for probes or documentation.
public final class ClientRateLimitFilter implements GlobalFilter, Ordered {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    // Before the route's circuit breaker and retry, and before a request body is cached for them.
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 500;

    private final boolean enabled;
    private final ClientKeyResolver keys;
    private final ClientRateLimiter limiter;
    private final Problems problems;

    public ClientRateLimitFilter(boolean enabled, ClientKeyResolver keys, ClientRateLimiter limiter, Problems problems) {
        this.enabled = enabled;
        this.keys = keys;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return keys.resolve(exchange).flatMap(client -> {
            exchange.getAttributes().put(RequestIdFilter.CLIENT_KEY_ATTRIBUTE, client.key());
            if (!enabled) {
                return chain.filter(exchange);
            }
            return limiter.consume(client).flatMap(decision -> decision.allowed()
                    ? pass(exchange, chain, decision)
                    : reject(exchange, client, decision));
        });
    }

    private static Mono<Void> pass(ServerWebExchange exchange, GatewayFilterChain chain, RateLimitDecision decision) {
        // At commit: the service's own headers replace the response headers set before the call.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(REMAINING_HEADER, String.valueOf(decision.remaining()));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private Mono<Void> reject(ServerWebExchange exchange, ClientKey client, RateLimitDecision decision) {
        long retryAfter = decision.retryAfterSeconds();
        ProblemDetail problem = Problems.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "Too many requests", "Rate limit exceeded for client " + client.key() + "; retry after " + retryAfter + " s");
        problem.setProperty("client", client.key());
        return problems.write(exchange, problem, headers -> {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            headers.set(REMAINING_HEADER, "0");
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
