package org.chs.registry.authorisation.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.chs.registry.authorisation.Authorisation;
import org.chs.registry.authorisation.PointItems;
import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;

/** 办理授权响应 — the contract enrollment-service and settlement-service call with Feign; keep the field names. */
final class AuthorisationResponses {

    private AuthorisationResponses() {
    }

    /**
     * {@code {"servicePointId","servicePointName","itemCode","itemName","instant","allowed","reason","catalogueVersion"}};
     * {@code reason} is {@code null} when allowed. {@code servicePointName}, {@code servicePointType}, {@code itemName} and {@code instant} were added to
     * the contract later (callers treat them as optional); {@code itemName} and {@code instant} are {@code null} for an unknown item.
     */
    record AuthorisationResponse(String servicePointId, String servicePointName, ServicePointType servicePointType, String itemCode, String itemName, Boolean instant,
                                 boolean allowed, @JsonInclude(JsonInclude.Include.ALWAYS) String reason, int catalogueVersion) {

        static AuthorisationResponse of(Authorisation a) {
            return new AuthorisationResponse(a.servicePointId(), a.servicePointName(), a.servicePointType(), a.itemCode(), a.itemName(), a.instant(), a.allowed(),
                    a.reason(), a.catalogueVersion());
        }
    }

    /** One item a point may handle. */
    record HandleableItem(String code, String name, String mainItemCode, int timeLimitWorkingDays, boolean instant, boolean onlineCapable) {

        static HandleableItem of(CatalogueEntry e) {
            return new HandleableItem(e.code(), e.name(), e.parentCode(), e.timeLimitWorkingDays(), e.instant(), e.onlineCapable());
        }
    }

    /** Every item a point may handle under the catalogue version; empty, with a reason, while the point is not active. */
    record PointItemsResponse(String servicePointId, String servicePointName, ServicePointType type, HandlingLevel level,
                              ServicePointStatus status, int catalogueVersion, @JsonInclude(JsonInclude.Include.ALWAYS) String reason,
                              List<HandleableItem> items) {

        static PointItemsResponse of(PointItems p) {
            return new PointItemsResponse(p.servicePointId(), p.servicePointName(), p.type(), p.level(), p.status(), p.catalogueVersion(),
                    p.reason(),
                    p.items().stream().map(HandleableItem::of).toList());
        }
    }
}
