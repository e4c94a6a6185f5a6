package org.chs.enrollment.eligibility.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chs.enrollment.eligibility.EligibilityService;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonStatus;
import org.chs.enrollment.person.Scheme;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待遇资格核验 — eligibility on a date; the contract settlement-service relies on. */
@RestController
@RequestMapping("/api/enrollment")
@Tag(name = "Eligibility", description = "待遇资格核验 (used by settlement)")
class EligibilityController {

    private final EligibilityService eligibility;

    EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Schema(description = "Eligibility question by resident ID number; the number travels in the body, never in a URL")
    record EligibilityCheckRequest(@NotBlank @Size(max = 18) @Schema(example = "330127199003072118") String idNumber,
                                   @Schema(description = "today (agency time zone) when omitted", example = "2026-05-01") LocalDate date) {
    }

    /** A chronic/special disease qualification valid on the date. */
    record QualificationView(String diseaseCode, LocalDate validFrom, LocalDate validTo) {
    }

    @Schema(description = "Eligibility on a date: covered = coverage started and the year paid; eligible = covered and ACTIVE on the date")
    record EligibilityResponse(String personId, String maskedIdNumber, String name, Scheme scheme, String poolingRegion,
                               PersonStatus status, LocalDate date, boolean covered, boolean eligible, List<String> reasons,
                               List<QualificationView> qualifications) {

        static EligibilityResponse of(EligibilityService.Check check) {
            InsuredPerson p = check.person();
            var e = check.eligibility();
            return new EligibilityResponse(p.id(), p.maskedIdNumber(), p.name(), p.scheme(), p.poolingRegion(), e.status(), e.date(),
                    e.covered(), e.eligible(), e.reasons(), e.qualifications().stream()
                    .map(q -> new QualificationView(q.diseaseCode(), q.validFrom(), q.validTo())).toList());
        }
    }

    @PostMapping("/eligibility-checks")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    @PreAuthorize("hasAnyRole('hospital-operator','counter-clerk','agency-admin')")
    @Operation(summary = "Is the person with this ID number eligible on the date?", description = "Roles hospital-operator, "
            + "counter-clerk, agency-admin. 404 ProblemDetail when the number is not enrolled. reasons: BEFORE_COVERAGE_START, "
            + "STATUS_<status>, NO_CONTRIBUTION_FOR_YEAR.")
    EligibilityResponse check(@Valid @RequestBody EligibilityCheckRequest body) {
        return EligibilityResponse.of(eligibility.checkByIdNumber(body.idNumber(), body.date()));
    }

    @GetMapping("/persons/{personId}/eligibility")
    @PreAuthorize("hasAnyRole('hospital-operator','counter-clerk','agency-admin')")
    @Operation(summary = "Is this person eligible on the date?", description = "Same answer as POST /eligibility-checks, by person id.")
    EligibilityResponse check(@PathVariable String personId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return EligibilityResponse.of(eligibility.check(personId, date));
    }
}
