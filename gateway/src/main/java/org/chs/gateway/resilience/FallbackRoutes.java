package org.chs.gateway.resilience;

import java.util.Set;
import java.util.stream.Collectors;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;
import org.chs.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * The circuit breakers' fallback, {@code /fallback/<service-id>}: a 503 problem naming the service, never a 500 or a
 * 502, and never an empty "not found" that a client could mistake for an answer.
 */
@Configuration(proxyBeanMethods = false)
public class FallbackRoutes {

    private static final Logger log = LoggerFactory.getLogger(FallbackRoutes.class);

    @Bean
    RouterFunction<ServerResponse> fallbackRoute(GatewayProperties gateway, FallbackProperties properties) {
        // Only route ids are answered, so that a public /fallback/<anything> cannot put arbitrary text in a response.
        Set<String> services = gateway.getRoutes().stream().map(RouteDefinition::getId).collect(Collectors.toUnmodifiableSet());
        String retryAfter = String.valueOf(Math.max(1, properties.retryAfter().toSeconds()));
        return RouterFunctions.route()
                .route(RequestPredicates.path("/fallback/{service}"), request -> fallback(request, services, retryAfter))
                .build();
    }

    private static Mono<ServerResponse> fallback(ServerRequest request, Set<String> services, String retryAfter) {
        String service = request.pathVariable("service");
        if (!services.contains(service)) {
            return ServerResponse.notFound().build();
        }
        Throwable cause = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        try (MDC.MDCCloseable ignored = RequestIdFilter.logContext(request.exchange())) {
            log.warn("{} unavailable: {}", service, cause == null ? "no cause recorded" : describe(cause));
        }
        ProblemDetail problem = Problems.problem(request.exchange(), HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.DEPENDENCY_UNAVAILABLE, "Service unavailable",
                service + " is unavailable; try again shortly");
        problem.setProperty("service", service);
        return Problems.response(problem, headers -> headers.set(HttpHeaders.RETRY_AFTER, retryAfter));
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(cause.getClass().getSimpleName());
        if (cause.getMessage() != null) {
            text.append(": ").append(cause.getMessage());
        }
        if (cause.getCause() != null && cause.getCause() != cause) {
            text.append(" (").append(cause.getCause().getClass().getSimpleName()).append(')');
        }
        return text.toString();
    }
}
