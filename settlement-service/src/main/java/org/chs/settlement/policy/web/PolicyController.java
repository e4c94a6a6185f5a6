package org.chs.settlement.policy.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.settlement.policy.DefinePolicy;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 参保地政策 administration. */
@RestController
@Validated
@RequestMapping("/api/settlement/policies")
@Tag(name = "Policies (参保地政策)", description = "Deductible, ratios, cap and temporary-care reductions of an insured region; agency-admin writes, agency-admin and auditor read")
class PolicyController {

    private final PolicyService policies;

    PolicyController(PolicyService policies) {
        this.policies = policies;
    }

    @PutMapping("/{region}/{scheme}/{year}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Create or replace the policy of a region, scheme and year (agency-admin)")
    PolicyResponse define(@PathVariable @Pattern(regexp = RegionCode.PATTERN, message = "must be a six-digit area code") String region,
                          @PathVariable Scheme scheme, @PathVariable int year, @Valid @RequestBody PolicyRequest request,
                          @CurrentCaller Caller caller) {
        return PolicyResponse.of(policies.define(new DefinePolicy(region, scheme, year, request.deductibles(), request.ratios(),
                request.annualCap(), request.referralReductionPoints(), request.unreferredReductionPoints(), request.version(),
                caller.name())));
    }

    @GetMapping("/{region}/{scheme}/{year}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "One policy (agency-admin, auditor)")
    PolicyResponse get(@PathVariable String region, @PathVariable Scheme scheme, @PathVariable int year) {
        return PolicyResponse.of(policies.get(region, scheme, year));
    }

    @GetMapping("/{region}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "All policies of a region, newest year first (agency-admin, auditor)")
    List<PolicyResponse> ofRegion(@PathVariable String region) {
        return policies.ofRegion(region).stream().map(PolicyResponse::of).toList();
    }
}
