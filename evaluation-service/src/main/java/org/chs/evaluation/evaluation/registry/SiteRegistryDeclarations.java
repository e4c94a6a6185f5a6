package org.chs.evaluation.evaluation.registry;

import java.time.Duration;
import java.util.Optional;

import org.chs.evaluation.evaluation.Declarations;
import org.chs.evaluation.shared.DependencyUnavailableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks site-registry for a declaration with the caller's own token (ADR 3): {@code GET /api/registry/declarations/{id}}.
 * A 404 means there is none; no answer, or any other failure, means site-registry is unavailable.
 */
@Component
class SiteRegistryDeclarations implements Declarations {

    private static final String SITE_REGISTRY = "site-registry-service";

    private final RestClient registry;

    SiteRegistryDeclarations(@Value("${chs.site-registry.url:http://127.0.0.1:8083}") String url,
                             @Value("${chs.site-registry.timeout:3s}") Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.registry = RestClient.builder().baseUrl(url).requestFactory(requests).build();
    }

    /** The part of site-registry's declaration answer that evaluation reads. */
    record DeclarationAnswer(String id, String batchId, String servicePointId, String category, String level, int year) {
    }

    @Override
    public Optional<Declared> find(String declarationId) {
        try {
            DeclarationAnswer answer = registry.get().uri("/api/registry/declarations/{id}", declarationId)
                    .headers(headers -> bearer().ifPresent(token -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                    .retrieve().body(DeclarationAnswer.class);
            return Optional.ofNullable(answer).map(a -> new Declared(a.id(), a.batchId(), a.servicePointId(), a.category(), a.level(),
                    a.year()));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new DependencyUnavailableException(SITE_REGISTRY, "site-registry refused the declaration lookup (" + e.getStatusCode().value() + ")", e);
        } catch (RestClientException e) {
            throw new DependencyUnavailableException(SITE_REGISTRY, "site-registry did not answer the declaration lookup", e);
        }
    }

    private static Optional<String> bearer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(token.getToken().getTokenValue()) : Optional.empty();
    }
}
