package org.chs.platform.handling.siteregistry;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** site-registry's catalogue authorisation query, called with the caller's own bearer token (ADR 3). */
@FeignClient(name = "site-registry", url = "${chs.site-registry.url:http://127.0.0.1:8083}",
        configuration = SiteRegistryFeignConfiguration.class)
public interface SiteRegistryClient {

    @GetMapping("/api/registry/service-points/{servicePointId}/authorisations/{itemCode}")
    ResponseEntity<AuthorisationAnswer> authorisation(@PathVariable("servicePointId") String servicePointId,
                                                      @PathVariable("itemCode") String itemCode,
                                                      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch);
}
