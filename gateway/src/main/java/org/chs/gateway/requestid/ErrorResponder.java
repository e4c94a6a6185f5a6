package org.chs.gateway.requestid;

import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers an error that escaped the filter chain, so that {@link RequestIdFilter} can render it before it writes the access
 * line. The problem package provides it; request ids stay below problems, which carry them, and never depend on them.
 */
@FunctionalInterface
public interface ErrorResponder {

    /** Writes the answer to the error, or fails with it when the response can no longer be written. */
    Mono<Void> respond(ServerWebExchange exchange, Throwable error);
}
