package org.chs.enrollment.person.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.enrollment.person.Employer;
import org.chs.enrollment.person.HouseholdLink;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonStatus;
import org.chs.enrollment.person.Scheme;
import org.chs.enrollment.person.StatusChange;
import org.chs.enrollment.personaldata.Sex;

/**
 * An insured person as returned: the ID number masked ({@code 330127********123X}); {@code idNumber} is present only when a
 * permitted role asked with {@code reveal=true}, and that read is audited.
 */
@Schema(description = "参保人")
public record PersonResponse(String personId, String maskedIdNumber, String idNumber, String name, Sex sex, LocalDate birthDate,
                             Scheme scheme, String poolingRegion, Employer employer, boolean newborn, LocalDate coverageStart,
                             PersonStatus status, List<StatusChange> statusHistory, List<HouseholdLink> household,
                             List<Integer> contributionYears, Instant createdAt, String createdBy, Instant lastModifiedAt,
                             String lastModifiedBy, Long version) {

    static PersonResponse of(InsuredPerson p) {
        return of(p, null);
    }

    static PersonResponse of(InsuredPerson p, String revealedIdNumber) {
        return new PersonResponse(p.id(), p.maskedIdNumber(), revealedIdNumber, p.name(), p.sex(), p.birthDate(), p.scheme(),
                p.poolingRegion(), p.employer(), p.newborn(), p.coverageStart(), p.status(), p.statusHistory(), p.household(),
                p.contributionYears(), p.createdAt(), p.createdBy(), p.lastModifiedAt(), p.lastModifiedBy(), p.version());
    }
}
