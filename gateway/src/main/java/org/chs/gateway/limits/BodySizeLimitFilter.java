package org.chs.gateway.limits;

import java.util.List;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Answers 413 to a request whose declared body ({@code Content-Length}) is larger than its route takes, before it is read
 * or passed on. A chunked body has no declared length; the service behind counts it and answers 413 itself.
 */
@Component
// Right after the request id, before security: a body that will be refused anyway is not worth a token check.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitFilter implements WebFilter {

    /** Bodies up to this size are read and dropped before the 413, so that the caller receives it (Tomcat swallows 2 MB). */
    static final long DRAIN_AT_MOST = 32L * 1024 * 1024;

    private final Problems problems;
    private final long defaultLimit;
    private final List<Limit> limits;

    private record Limit(PathPattern pattern, long maxBytes) {
    }

    public BodySizeLimitFilter(Problems problems, RequestLimitsProperties properties) {
        this.problems = problems;
        this.defaultLimit = properties.maxBodySize().toBytes();
        this.limits = properties.bodySizeLimits().stream()
                .map(limit -> new Limit(PathPatternParser.defaultInstance.parse(limit.path()), limit.maxSize().toBytes())).toList();
    }

    long limitFor(PathContainer path) {
        return limits.stream().filter(limit -> limit.pattern().matches(path)).findFirst().map(Limit::maxBytes).orElse(defaultLimit);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        long limit = limitFor(exchange.getRequest().getPath().pathWithinApplication());
        if (declared <= limit) {
            return chain.filter(exchange);
        }
        ProblemDetail problem = Problems.problem(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "Request body too large", "The request body is larger than " + limit + " bytes, the limit of this operation");
        problem.setProperty("maxBytes", limit);
        if (declared > DRAIN_AT_MOST) {
            // not worth reading: answer and let the connection close
            return problems.write(exchange, problem, headers -> headers.setConnection("close"));
        }
        // Read (and drop) the body first: closing a connection with unread data resets it, and the caller would not see the 413.
        return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then()
                .then(Mono.defer(() -> problems.write(exchange, problem, headers -> { })));
    }
}
