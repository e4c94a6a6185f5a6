package org.chs.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.chs.gateway.requestid.RequestIdFilter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Builds and writes the gateway's RFC 9457 problem details, so that a 401 from a security filter, a 429 from the rate
 * limiter and a 503 fallback look alike and carry the request id as {@code traceId}.
 */
@Component
public class Problems {

    private final ServerResponse.Context context;

    public Problems(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    /** A problem for this exchange: {@code instance} is the path the client asked for, {@code traceId} its request id. */
    public static ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        try {
            problem.setInstance(URI.create(RequestIdFilter.maskPersonalData(clientPath(exchange))));
        } catch (IllegalArgumentException notAUri) {
            // a path the caller encoded badly (the firewall refuses those): the problem stands without it
        }
        String requestId = RequestIdFilter.requestId(exchange);
        if (requestId != null) {
            problem.setProperty("traceId", requestId);
        }
        return problem;
    }

    /** The problem as a response, through the same codecs as any handler's answer. */
    public static Mono<ServerResponse> response(ProblemDetail problem, Consumer<HttpHeaders> headers) {
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers)
                .bodyValue(problem);
    }

    /** Writes the problem straight to the exchange, for filters that answer instead of passing the request on. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> headers) {
        return response(problem, headers).flatMap(response -> response.writeTo(exchange, context));
    }

    // After a circuit-breaker forward the request path is /fallback/..., which would mean nothing to the caller.
    private static String clientPath(ServerWebExchange exchange) {
        String path = RequestIdFilter.clientPath(exchange);
        return path != null ? path : exchange.getRequest().getPath().value();
    }
}
