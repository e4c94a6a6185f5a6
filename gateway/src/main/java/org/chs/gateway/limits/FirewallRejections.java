package org.chs.gateway.limits;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refusals (an encoded {@code /}, a {@code ;}, {@code %00}, a non-printable header value…) as a
 * 400 problem detail instead of an empty 400; the reason is not echoed, it may carry what was refused.
 */
@Component
public class FirewallRejections implements ServerExchangeRejectedHandler {

    private final Problems problems;

    public FirewallRejections(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, Problems.problem(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Request rejected", "The request was rejected: its path or a header contains characters the platform does not "
                        + "accept (an encoded '/', ';', '%', '.' or a control character)"), headers -> { });
    }
}
