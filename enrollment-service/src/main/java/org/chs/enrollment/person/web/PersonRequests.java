package org.chs.enrollment.person.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.chs.enrollment.handling.web.HandlingInput;
import org.chs.enrollment.person.Employer;
import org.chs.enrollment.person.PersonStatus;
import org.chs.enrollment.person.Scheme;
import org.chs.enrollment.personaldata.Sex;

/** Request bodies of the person endpoints. */
final class PersonRequests {

    static final String REGION = "\\d{6}";
    static final String REGION_MESSAGE = "must be a 6-digit area code, e.g. 330127";

    private PersonRequests() {
    }

    /** The employer of an employee. */
    record EmployerInput(@NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character unified social credit code")
                         String creditCode,
                         @NotBlank @Size(max = 100) String name) {

        Employer toEmployer() {
            return new Employer(creditCode, name);
        }
    }

    @Schema(description = "参保登记 — ENR-01 for EMPLOYEE, ENR-02 for URBAN_RURAL_RESIDENT")
    record EnrolRequest(@NotBlank @Size(max = 18) @Schema(example = "330127199003072118") String idNumber,
                        @NotBlank @Size(max = 50) String name,
                        @Schema(description = "optional; must agree with the ID number") Sex sex,
                        @Schema(description = "optional; must agree with the ID number") LocalDate birthDate,
                        @NotNull Scheme scheme,
                        @NotBlank @Pattern(regexp = REGION, message = REGION_MESSAGE) String poolingRegion,
                        @Valid EmployerInput employer,
                        @Schema(description = "first day of coverage; today when omitted") LocalDate coverageStart,
                        @Valid HandlingInput handling) {
    }

    @Schema(description = "新生儿参保 (ENR-03)")
    record NewbornRequest(@NotBlank @Size(max = 64) String parentPersonId,
                          @NotBlank @Size(max = 18) String idNumber,
                          @NotBlank @Size(max = 50) String name,
                          Sex sex,
                          LocalDate birthDate,
                          @Pattern(regexp = REGION, message = REGION_MESSAGE) String poolingRegion,
                          @Valid HandlingInput handling) {
    }

    @Schema(description = "查找参保人 — the ID number travels in the body, never in a URL")
    record LookupRequest(@NotBlank @Size(max = 18) String idNumber) {
    }

    @Schema(description = "参保信息变更 (CHG-01); omitted fields are kept")
    record InformationChangeRequest(@Size(min = 1, max = 50) String name,
                                    @Valid EmployerInput employer,
                                    @Pattern(regexp = REGION, message = REGION_MESSAGE) String poolingRegion,
                                    @Valid HandlingInput handling) {
    }

    @Schema(description = "参保状态变更 (CHG-02): SUSPENDED, ACTIVE (resume), TERMINATED or DECEASED")
    record StatusChangeRequest(@NotNull PersonStatus status,
                               @NotBlank @Size(max = 200) String reason,
                               @Schema(description = "today when omitted; not in the future") LocalDate effectiveDate,
                               @Valid HandlingInput handling) {
    }

    @Schema(description = "医保关系转出 (TRF-01)")
    record TransferOutRequest(@NotBlank @Pattern(regexp = REGION, message = REGION_MESSAGE) String destinationRegion,
                              @NotBlank @Size(max = 200) String reason,
                              LocalDate effectiveDate,
                              @Valid HandlingInput handling) {
    }

    @Schema(description = "参保缴费 (PAY-01); the channel follows from the caller (bank → BANK, counter → COUNTER)")
    record ContributionRequest(@NotNull @Min(1900) @Max(2200) Integer year,
                               @NotNull @Positive @Digits(integer = 9, fraction = 2, message = "yuan with at most two decimals")
                               @Schema(example = "380.00") BigDecimal amount,
                               @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "1-64 letters, digits or '-'") String receiptNumber,
                               @Valid HandlingInput handling) {
    }

    @Schema(description = "门诊慢特病待遇认定 (CHR-01)")
    record QualificationRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9.\\-]{1,20}", message = "1-20 letters, digits, '.' or '-'")
                                String diseaseCode,
                                @NotBlank @Size(max = 100) String evidenceReference,
                                @NotNull LocalDate validFrom,
                                @NotNull LocalDate validTo,
                                @Valid HandlingInput handling) {
    }

    @Schema(description = "撤销门慢特病认定 (CHR-01)")
    record RevocationRequest(@NotBlank @Size(max = 200) String reason, @Valid HandlingInput handling) {
    }

    @Schema(description = "A handled query or print (QRY-01, QRY-02, QRY-03): only the handling part")
    record QueryRequest(@Valid HandlingInput handling) {
    }
}
