package org.chs.boundsample.parcel.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies for the request-bound rule: one bounded everywhere, one with a gap of each kind. */
final class ParcelRequests {

    private ParcelRequests() {
    }

    record Line(@NotBlank @Pattern(regexp = "[A-Z]{2}\\\\d{1,6}") String code, @Min(1) @Max(99) int count) {
    }

    record BoundedParcel(@NotBlank @Size(max = 64) String id, @Size(max = 2000) String note,
                         @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal weight,
                         @Size(max = 20) List<@Size(max = 40) String> labels, @Size(max = 100) List<@Valid Line> lines) {
    }

    record UnboundedParcel(@NotBlank String id, @Pattern(regexp = "[A-Z]+") String code, @Min(0) BigDecimal weight,
                           @Size(max = 20) List<String> labels, List<@Valid Line> lines, Map<String, Object> extras, Line line,
                           @Valid BadLine badLine, Set<Kind> kinds, Map<Kind, @Min(0) @Max(9) Integer> perKind) {
    }

    enum Kind { SMALL, LARGE }

    record BadLine(@Size(max = 100_000) String text) {
    }
}
