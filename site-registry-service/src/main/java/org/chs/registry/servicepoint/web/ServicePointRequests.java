package org.chs.registry.servicepoint.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.registry.servicepoint.DescribeServicePoint;
import org.chs.registry.servicepoint.Facilities;
import org.chs.registry.servicepoint.FunctionalZone;
import org.chs.registry.servicepoint.OpeningPeriod;
import org.chs.registry.servicepoint.PartnerOrganisation;
import org.chs.registry.servicepoint.RegisterServicePoint;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;
import org.chs.registry.web.Coordinates;

/** 服务网点请求 — the request bodies of the service-point endpoints. */
final class ServicePointRequests {

    private ServicePointRequests() {
    }

    /** Registers a point; {@code partner} is required for bank branches and hospital windows and forbidden otherwise. */
    record RegisterServicePointRequest(
            @Schema(description = "Chosen id (3-64 of a-z, 0-9, inner hyphens); omitted: generated as sp-<areaCode>-<random>",
                    example = "sp-fenkou-township") @Size(max = 64) String id,
            @NotNull ServicePointType type,
            @NotBlank @Size(max = 12) String areaCode,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String address,
            @NotNull @Valid Coordinates location,
            @Valid PartnerOrganisation partner,
            @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal floorAreaSquareMetres,
            @NotNull @PositiveOrZero @Max(10_000) Integer staffCount,
            @NotNull @PositiveOrZero @Max(1_000) Integer selfServiceMachines,
            Set<FunctionalZone> zones,
            @Size(max = 21) List<@Valid OpeningPeriod> openingHours) {

        RegisterServicePoint toCommand() {
            return new RegisterServicePoint(id == null || id.isBlank() ? null : id.trim(), type, areaCode.trim(), name.trim(), address.trim(),
                    location.toGeoPoint(), partner, new Facilities(floorAreaSquareMetres, staffCount, selfServiceMachines, zones, openingHours));
        }
    }

    /** Replaces what a point is and has; type and area stay. */
    record DescribeServicePointRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String address,
            @NotNull @Valid Coordinates location,
            @Valid PartnerOrganisation partner,
            @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal floorAreaSquareMetres,
            @NotNull @PositiveOrZero @Max(10_000) Integer staffCount,
            @NotNull @PositiveOrZero @Max(1_000) Integer selfServiceMachines,
            Set<FunctionalZone> zones,
            @Size(max = 21) List<@Valid OpeningPeriod> openingHours) {

        DescribeServicePoint toCommand() {
            return new DescribeServicePoint(name.trim(), address.trim(), location.toGeoPoint(), partner,
                    new Facilities(floorAreaSquareMetres, staffCount, selfServiceMachines, zones, openingHours));
        }
    }

    /** Suspends, re-activates or closes a point. */
    record ChangeStatusRequest(@NotNull ServicePointStatus status, @NotBlank @Size(max = 500) String reason) {
    }
}
