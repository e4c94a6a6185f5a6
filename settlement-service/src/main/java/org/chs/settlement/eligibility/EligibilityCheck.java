package org.chs.settlement.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/** Port: asks enrollment whether a person is insured on a date, in the caller's name. */
public interface EligibilityCheck {

    /**
     * @return the answer, or empty when enrollment knows no person with this ID number
     * @throws org.chs.settlement.shared.DependencyUnavailableException when enrollment cannot answer (down, slow, 5xx) —
     *         never an empty answer, which would read as "unknown person"
     */
    Optional<Eligibility> check(String idNumber, LocalDate date);
}
