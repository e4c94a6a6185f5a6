package org.chs.enrollment.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.chs.enrollment.person.Eligibility;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonNotFoundException;
import org.chs.enrollment.person.PersonService;
import org.springframework.stereotype.Service;

/** 待遇资格核验 — whether a person may receive benefits on a date; the query settlement-service makes for every bill. */
@Service
public class EligibilityService {

    private final PersonService persons;
    private final EnrolmentPolicy policy;

    public EligibilityService(PersonService persons, EnrolmentPolicy policy) {
        this.persons = persons;
        this.policy = policy;
    }

    /** The person and the answer. */
    public record Check(InsuredPerson person, Eligibility eligibility) {
    }

    public Check check(String personId, LocalDate date) {
        InsuredPerson person = persons.get(personId);
        return new Check(person, person.eligibilityOn(date(date), policy));
    }

    /**
     * By ID number. A number enrolled in both schemes (which policy forbids, but records may show during a change of employer)
     * answers with the enrolment that is eligible on the date, else an active one, else the first.
     */
    public Check checkByIdNumber(String idNumber, LocalDate date) {
        LocalDate on = date(date);
        List<Check> checks = persons.findByIdNumber(idNumber).stream().map(p -> new Check(p, p.eligibilityOn(on, policy))).toList();
        return checks.stream()
                .min(Comparator.comparing((Check c) -> !c.eligibility().eligible())
                        .thenComparing(c -> c.eligibility().status() != org.chs.enrollment.person.PersonStatus.ACTIVE))
                .orElseThrow(() -> new PersonNotFoundException("with this resident ID number"));
    }

    private LocalDate date(LocalDate date) {
        return date != null ? date : persons.today();
    }
}
