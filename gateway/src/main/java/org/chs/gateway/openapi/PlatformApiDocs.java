package org.chs.gateway.openapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.netty.channel.ChannelOption;
import org.chs.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fetches every service's OpenAPI document, from the routes that declare one in their {@code api-docs} metadata, and
 * merges them; a service that does not answer in time is left out and named, instead of failing the whole document.
 */
@Component
public class PlatformApiDocs {

    /** Route metadata key: the path of the service's OpenAPI document, as served through the gateway. */
    public static final String API_DOCS_METADATA = "api-docs";

    private static final Logger log = LoggerFactory.getLogger(PlatformApiDocs.class);

    private final RouteDefinitionLocator routes;
    private final JsonMapper json;
    private final OpenApiProperties properties;
    private final WebClient client;
    private final OpenApiMerger merger = new OpenApiMerger();

    public PlatformApiDocs(RouteDefinitionLocator routes, JsonMapper json, OpenApiProperties properties) {
        this.routes = routes;
        this.json = json;
        this.properties = properties;
        // Straight to the services, not through this gateway: no token, rate limit or breaker stands between.
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.timeout().toMillis())
                .responseTimeout(properties.timeout());
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize((int) properties.maxSize().toBytes()))
                .build();
    }

    /** The merged document of all services, built now; {@code requestId} is passed on and logged. */
    public Mono<ObjectNode> merged(String requestId) {
        return routes.getRouteDefinitions()
                .filter(route -> route.getMetadata().get(API_DOCS_METADATA) != null)
                // Concurrently, so that one slow service costs the timeout once; results stay in route order.
                .flatMapSequential(route -> fetch(route, requestId).map(document -> Map.entry(route.getId(), document)))
                .collectList()
                .map(fetched -> {
                    List<OpenApiMerger.ServiceDocument> documents = new ArrayList<>();
                    List<String> unavailable = new ArrayList<>();
                    fetched.forEach(entry -> entry.getValue().ifPresentOrElse(
                            document -> documents.add(new OpenApiMerger.ServiceDocument(entry.getKey(), document)),
                            () -> unavailable.add(entry.getKey())));
                    return merger.merge(documents, unavailable);
                });
    }

    private Mono<Optional<JsonNode>> fetch(RouteDefinition route, String requestId) {
        URI uri = docsUri(route);
        return client.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .header(RequestIdFilter.HEADER, requestId)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(properties.timeout())
                .map(body -> Optional.of(json.readTree(body)))
                .onErrorResume(error -> {
                    try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
                        log.warn("OpenAPI document of {} not available from {}: {}", route.getId(), uri, error.toString());
                    }
                    return Mono.just(Optional.empty());
                })
                .defaultIfEmpty(Optional.empty());
    }

    static URI docsUri(RouteDefinition route) {
        String base = route.getUri().toString();
        String path = String.valueOf(route.getMetadata().get(API_DOCS_METADATA));
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }
}
