package org.chs.registry.authorisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.registry.authorisation.Authorisation;
import org.chs.registry.authorisation.AuthorisationService;
import org.chs.registry.authorisation.PointItems;
import org.chs.registry.authorisation.web.AuthorisationResponses.AuthorisationResponse;
import org.chs.registry.authorisation.web.AuthorisationResponses.PointItemsResponse;
import org.chs.registry.web.Etags;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办理授权接口 — "may this point handle this item", for enrollment-service and settlement-service (Feign) and the console.
 *
 * <p>Answers carry {@code ETag: "v<catalogueVersion>-p<pointVersion>"} and {@code Cache-Control: no-cache}; a matching
 * {@code If-None-Match} gets 304. The point's version is in the ETag because the answer names the point, and a renamed point
 * must not keep its old name in the callers' caches until the next catalogue version. A refusal because the point is
 * suspended or closed is sent with {@code Cache-Control: no-store}, without an ETag, and never answered 304: a cached
 * "allowed" of an active point is revalidated on every use, a status refusal is never cached.
 */
@RestController
@RequestMapping("/api/registry/service-points/{id}")
@Tag(name = "Authorisation", description = "办理授权: what a service point may handle under the current catalogue version")
class AuthorisationController {

    private final AuthorisationService authorisations;

    AuthorisationController(AuthorisationService authorisations) {
        this.authorisations = authorisations;
    }

    @GetMapping("/authorisations/{itemCode}")
    @Operation(summary = "May the point handle the item? 200 {servicePointId,servicePointName,itemCode,itemName,instant,allowed,reason,"
            + "catalogueVersion}; unknown point 404",
            description = "An unknown item, a category/main item, an item not delegated to the point's level, or a suspended/closed "
                    + "point is allowed:false with a reason. ETag \"v<catalogueVersion>-p<pointVersion>\"; If-None-Match → 304.")
    ResponseEntity<AuthorisationResponse> authorise(@PathVariable String id, @PathVariable String itemCode,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Authorisation answer = authorisations.authorise(id, itemCode);
        return respond(Etags.ofPointUnderCatalogue(answer.catalogueVersion(), answer.servicePointVersion()), answer.dependsOnPointStatus(),
                ifNoneMatch, AuthorisationResponse.of(answer));
    }

    @GetMapping("/items")
    @Operation(summary = "Every item the point may handle under the current catalogue version (none while suspended or closed)")
    ResponseEntity<PointItemsResponse> items(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PointItems items = authorisations.itemsFor(id);
        return respond(Etags.ofPointUnderCatalogue(items.catalogueVersion(), items.servicePointVersion()), items.dependsOnPointStatus(),
                ifNoneMatch, PointItemsResponse.of(items));
    }

    private static <T> ResponseEntity<T> respond(String etag, boolean dependsOnPointStatus, String ifNoneMatch, T body) {
        if (dependsOnPointStatus) {
            // No ETag: with one, a client holding the "allowed" answer of this version would get 304 and keep using it.
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        }
        if (Etags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache()).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body);
    }
}
