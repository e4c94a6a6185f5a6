package org.chs.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, when it is safe, else a new UUID), passes it to the
 * service and back to the caller, and writes one access-log line per request.
 */
@Component
// Outermost, so that the id exists before security answers 401.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The client key the rate limiter charged, for the access log; absent when the request never got that far. */
    public static final String CLIENT_KEY_ATTRIBUTE = RequestIdFilter.class.getName() + ".clientKey";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
    private static final String PATH_ATTRIBUTE = RequestIdFilter.class.getName() + ".path";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    // A resident ID (GB 11643) in a path is personal data and must not reach the logs whole.
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Logger ACCESS = LoggerFactory.getLogger("org.chs.gateway.access");

    private final ErrorResponder errors;

    public RequestIdFilter(ErrorResponder errors) {
        this.errors = errors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String requestId = accept(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        exchange.getAttributes().put(PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, requestId)).build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        // Set at commit rather than now: the proxied response's headers are added later and removed again on retries.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(withId)
                // Rendered here rather than by the outer exception handlers, so that the access line below carries
                // the status the caller really received.
                .onErrorResume(error -> errors.respond(withId, error))
                .doFinally(signal -> logAccess(withId, requestId, started, signal));
    }

    /** The request id of this exchange, or {@code null} before this filter ran. */
    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /**
     * The path the client called, which the request no longer shows after a circuit breaker forwarded it to its
     * fallback; {@code null} before this filter ran.
     */
    public static String clientPath(ServerWebExchange exchange) {
        return exchange.getAttribute(PATH_ATTRIBUTE);
    }

    /** Puts the exchange's request id into the logging context until closed; use around a log statement. */
    public static MDC.MDCCloseable logContext(ServerWebExchange exchange) {
        String requestId = requestId(exchange);
        return MDC.putCloseable(MDC_KEY, requestId == null ? "-" : requestId);
    }

    /** The caller's request id when it is safe to log and pass on, else a new one. */
    public static String accept(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The path with resident ID numbers masked as {@code 330127********123X}, for logging. */
    public static String maskPersonalData(String path) {
        return RESIDENT_ID.matcher(path).replaceAll("$1********$2");
    }

    private void logAccess(ServerWebExchange exchange, String requestId, long started, SignalType signal) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String outcome = signal == SignalType.CANCEL ? "cancelled" : status == null ? "200" : String.valueOf(status.value());
        String clientKey = exchange.getAttribute(CLIENT_KEY_ATTRIBUTE);
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, requestId)) {
            // The query string is left out: it may carry personal data (names, ID numbers) the path does not.
            ACCESS.info("{} {} {} {}ms client={} requestId={}", exchange.getRequest().getMethod().name(),
                    maskPersonalData(exchange.getRequest().getPath().value()), outcome, millis,
                    clientKey == null ? "-" : clientKey, requestId);
        }
    }
}
