package org.chs.gateway.console;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Serves the web console at {@code /console/}: its built files from the console jar, its runtime configuration, and
 * {@code index.html} for every client-side route, so that a bookmarked or reloaded page of the console opens.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    public static final String PATH = "/console";
    public static final String CONFIG_PATH = PATH + "/config.json";
    /** Where the console module's {@code vite build} puts the files, inside the console jar. */
    static final String FILES = "META-INF/resources/console/";

    /** Vite names every file under {@code assets/} by its content hash, so a changed file is a new URL. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** {@code index.html} names the current assets; a cached copy would load the previous release. */
    static final String NO_STORE = "no-cache, no-store, must-revalidate";
    /** Unhashed files the console ships as they are (the favicon): used from the cache only after revalidating. */
    static final String REVALIDATE = "no-cache";

    private static final PathPattern FILE_PATTERN = PathPatternParser.defaultInstance.parse(PATH + "/**");
    private static final RequestPredicate READ = RequestPredicates.method(HttpMethod.GET)
            .or(RequestPredicates.method(HttpMethod.HEAD));

    @Bean
    RouterFunction<ServerResponse> consoleRoute(ConsoleProperties properties) {
        ConsoleConfig config = new ConsoleConfig(properties.authority().toString(), properties.clientId());
        ConsoleFiles files = new ConsoleFiles(new ClassPathResource(FILES));
        return RouterFunctions.route()
                .route(RequestPredicates.path(PATH).and(READ), ConsoleRoutes::redirectToIndex)
                .route(RequestPredicates.path(CONFIG_PATH).and(READ), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                        .bodyValue(config))
                .route(RequestPredicates.path(FILE_PATTERN.getPatternString()).and(READ), files::serve)
                .build();
    }

    // Relative links in index.html resolve against /console/, not /; the query (e.g. a review link's) is kept.
    private static Mono<ServerResponse> redirectToIndex(ServerRequest request) {
        String query = request.uri().getRawQuery();
        return ServerResponse.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(PATH + "/" + (query == null ? "" : "?" + query)))
                .build();
    }

    /**
     * What the console reads at start: the OpenID Connect issuer and its client id.
     *
     * @param authority the issuer URL
     * @param clientId  the console's public client
     */
    record ConsoleConfig(String authority, String clientId) {
    }

    /** The console's files, with the cache policy each kind needs and the fallback to {@code index.html}. */
    static final class ConsoleFiles {

        private final Function<ServerRequest, Mono<Resource>> lookup;
        private final Resource index;

        ConsoleFiles(Resource location) {
            // Spring's lookup: normalises the path and refuses traversal out of the location.
            this.lookup = RouterFunctions.resourceLookupFunction(FILE_PATTERN.getPatternString(), location);
            this.index = new ClassPathResource(FILES + "index.html");
        }

        Mono<ServerResponse> serve(ServerRequest request) {
            String path = FILE_PATTERN.extractPathWithinPattern(request.requestPath().pathWithinApplication()).value();
            return lookup.apply(request)
                    .flatMap(resource -> file(resource, cacheControl(path)))
                    .switchIfEmpty(Mono.defer(() -> isClientRoute(path) && index.isReadable()
                            ? file(index, NO_STORE)
                            : notFound(request)));
        }

        static String cacheControl(String path) {
            if (path.startsWith("assets/")) {
                return IMMUTABLE;
            }
            return path.equals("index.html") ? NO_STORE : REVALIDATE;
        }

        /**
         * A path whose last segment has no extension is one of the console's own pages (react-router routes such as
         * {@code desk/persons/123}); one with an extension names a file, and a missing file must not be answered with
         * the HTML page, which the browser would then try to run as a script.
         */
        static boolean isClientRoute(String path) {
            String last = UriUtils.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            return last.indexOf('.') < 0;
        }

        private static Mono<ServerResponse> file(Resource resource, String cacheControl) {
            MediaType type = MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_OCTET_STREAM);
            return ServerResponse.ok()
                    .contentType(isText(type) ? new MediaType(type, StandardCharsets.UTF_8) : type)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    // Compressed or not depending on the client, so a shared cache must keep both apart.
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .body(BodyInserters.fromResource(resource));
        }

        // Vite writes UTF-8; saying so keeps the Chinese texts intact whatever the browser would guess.
        private static boolean isText(MediaType type) {
            return type.getType().equals("text") || type.getSubtype().equals("javascript")
                    || type.getSubtype().equals("json") || type.getSubtype().endsWith("+xml");
        }

        private static Mono<ServerResponse> notFound(ServerRequest request) {
            ProblemDetail problem = Problems.problem(request.exchange(), HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                    "Not Found", "The console has no file at this path");
            return Problems.response(problem, headers -> { });
        }
    }
}
