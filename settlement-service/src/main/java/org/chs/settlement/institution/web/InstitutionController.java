package org.chs.settlement.institution.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.institution.LevelPeriod;
import org.chs.settlement.institution.RegisteredInstitution;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register of designated institutions: treatment region and hospital level history, kept by the agency. */
@RestController
@Validated
@RequestMapping("/api/settlement/institutions")
@Tag(name = "Institutions (定点医疗机构)", description = "The register of designated institutions: treatment region and hospital level "
        + "history, which settlements use instead of anything a hospital declares; agency-admin writes, agency-admin and auditor read")
class InstitutionController {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,79}";
    static final String ID_MESSAGE = "must be 1-80 letters, digits, '_', '.' or '-'";

    /** The region to set. */
    record LocateRequest(@NotNull(message = "is required") @Pattern(regexp = RegionCode.PATTERN, message = "must be a six-digit area code")
                         String treatmentRegion) {
    }

    /** The level history to hold: each level with the date it took effect. */
    record GradeRequest(@NotEmpty(message = "must list at least one level") @Size(max = 50, message = "must have at most 50 entries")
                        List<@Valid @NotNull(message = "must not be null") LevelRequest> levels) {
    }

    /** Level {@code level} from {@code effectiveFrom} (until the next entry). */
    record LevelRequest(@NotNull(message = "is required: LEVEL_1, LEVEL_2 or LEVEL_3") HospitalLevel level,
                        @NotNull(message = "is required") LocalDate effectiveFrom) {
    }

    /** One entry of the history, with the last day it is in force ({@code null}: still in force). */
    record LevelResponse(HospitalLevel level, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** An institution as registered; {@code currentLevel} is the level in force today, {@code null} when none is. */
    record InstitutionResponse(String institutionId, String treatmentRegion, HospitalLevel currentLevel, List<LevelResponse> levels,
                               Instant updatedAt, String updatedBy) {

        static InstitutionResponse of(RegisteredInstitution i, LocalDate today) {
            List<LevelResponse> levels = new ArrayList<>();
            for (int n = 0; n < i.levels().size(); n++) {
                LevelPeriod period = i.levels().get(n);
                LocalDate to = n + 1 < i.levels().size() ? i.levels().get(n + 1).effectiveFrom().minusDays(1) : null;
                levels.add(new LevelResponse(period.level(), period.effectiveFrom(), to));
            }
            return new InstitutionResponse(i.institutionId(), i.treatmentRegion(), i.levelOn(today).orElse(null), levels, i.updatedAt(),
                    i.updatedBy());
        }
    }

    private final InstitutionDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    InstitutionController(InstitutionDirectory directory, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    @PutMapping("/{institutionId}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Set an institution's treatment region, overriding the configured default (agency-admin)")
    InstitutionResponse locate(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String institutionId,
                               @Valid @RequestBody LocateRequest request, @CurrentCaller Caller caller) {
        return InstitutionResponse.of(directory.locate(institutionId, request.treatmentRegion(), caller.name()), today());
    }

    @PutMapping("/{institutionId}/levels")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Record an institution's hospital level history, replacing the one held (agency-admin)",
            description = "Each entry is a level and the date it took effect; it holds until the next entry's date. A settlement uses the "
                    + "level in force on its admission date. The institution must be registered (have a treatment region): 404 otherwise.")
    InstitutionResponse grade(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String institutionId,
                              @Valid @RequestBody GradeRequest request, @CurrentCaller Caller caller) {
        List<LevelPeriod> history = request.levels().stream().map(l -> new LevelPeriod(l.level(), l.effectiveFrom())).toList();
        return InstitutionResponse.of(directory.grade(institutionId, history, caller.name()), today());
    }

    @GetMapping("/{institutionId}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "One registered institution with its treatment region and level history (agency-admin, auditor)")
    InstitutionResponse get(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String institutionId) {
        return InstitutionResponse.of(directory.get(institutionId), today());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "Every registered institution with its treatment region and level history, by id (agency-admin, auditor)")
    List<InstitutionResponse> all() {
        LocalDate today = today();
        return directory.all().stream().map(i -> InstitutionResponse.of(i, today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
