package org.chs.gateway.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import org.chs.gateway.requestid.RequestIdFilter;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Serves the whole platform's API as one OpenAPI document at {@code /v3/api-docs/platform}. */
@Hidden
@RestController
public class PlatformApiDocsController {

    public static final String PATH = "/v3/api-docs/platform";

    private final PlatformApiDocs docs;

    public PlatformApiDocsController(PlatformApiDocs docs) {
        this.docs = docs;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ObjectNode> platform(ServerWebExchange exchange) {
        return docs.merged(RequestIdFilter.requestId(exchange));
    }
}
