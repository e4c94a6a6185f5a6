package org.chs.settlement.eligibility.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import feign.FeignException;

import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.eligibility.EligibilityCheck;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks enrollment through a circuit breaker with a time limiter. Only a 404 means "no such person"; any other failure —
 * connection refused, timeout, 5xx, an open breaker — is an outage and becomes {@link DependencyUnavailableException} (503).
 * There is deliberately no cached fallback: settling on a stale "eligible" would pay the fund for someone who may have
 * lost cover, and a settlement can wait a minute where a counter handling cannot.
 */
@Component
class EnrollmentEligibility implements EligibilityCheck {

    static final String BREAKER = "enrollment";
    private static final Logger log = LoggerFactory.getLogger(EnrollmentEligibility.class);

    private final EnrollmentClient client;
    private final CircuitBreakerFactory<?, ?> breakers;

    EnrollmentEligibility(EnrollmentClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        // created per call, not here: the factory's customizers (timeouts) may not have run yet while beans are being built
        this.breakers = breakers;
    }

    @Override
    public Optional<Eligibility> check(String idNumber, LocalDate date) {
        Optional<EligibilityAnswer> answer = breaker().run(() -> fetch(idNumber, date), failure -> {
            log.warn("enrollment eligibility check failed: {}", failure.getClass().getSimpleName());
            throw new DependencyUnavailableException("enrollment-service",
                    "Enrollment cannot confirm eligibility right now; nothing was settled, retry later", failure);
        });
        return answer.map(EnrollmentEligibility::toEligibility);
    }

    private Optional<EligibilityAnswer> fetch(String idNumber, LocalDate date) {
        try {
            EligibilityAnswer answer = client.check(new EligibilityRequest(idNumber, date));
            if (answer == null || answer.personId() == null || answer.eligible() == null) {
                throw new IllegalStateException("enrollment answered without personId or eligible");
            }
            return Optional.of(answer);
        } catch (FeignException.NotFound notFound) {
            // a 404 is an answer (unknown person), and a successful call for the breaker
            return Optional.empty();
        }
    }

    private static Eligibility toEligibility(EligibilityAnswer a) {
        Scheme scheme = a.scheme() == null ? null : Scheme.valueOf(a.scheme());
        List<Eligibility.Qualification> qualifications = a.qualifications() == null ? List.of()
                : a.qualifications().stream().map(q -> new Eligibility.Qualification(q.diseaseCode(), q.validFrom(), q.validTo())).toList();
        return new Eligibility(a.personId(), a.maskedIdNumber(), a.name(), scheme, a.poolingRegion(), a.status(),
                Boolean.TRUE.equals(a.covered()), Boolean.TRUE.equals(a.eligible()), a.reasons(), qualifications);
    }

    private CircuitBreaker breaker() {
        return breakers.create(BREAKER);
    }
}
