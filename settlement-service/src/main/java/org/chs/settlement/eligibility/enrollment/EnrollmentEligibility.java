package org.chs.settlement.eligibility.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import feign.FeignException;

import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.eligibility.EligibilityCheck;
import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.DependencyRefusedException;
import org.chs.settlement.shared.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks enrollment through a circuit breaker with a time limiter. Enrollment's answers are answers: a 404 means "no such
 * person", any other 4xx is a refusal of this request ({@link DependencyRefusedException}, the same status to the caller),
 * which the breaker ignores ({@link EnrollmentConfiguration}) — a run of bad bills must not read as an outage and stop
 * every settlement. Only a failure to answer — connection refused, timeout, 5xx, 408/429, an open breaker — is an outage and
 * becomes {@link DependencyUnavailableException} (503). There is deliberately no cached fallback: settling on a stale
 * "eligible" would pay the fund for someone who may have lost cover, and a settlement can wait a minute where a counter
 * handling cannot.
 */
@Component
class EnrollmentEligibility implements EligibilityCheck {

    static final String BREAKER = "enrollment";
    private static final String DEPENDENCY = "enrollment-service";
    private static final Logger log = LoggerFactory.getLogger(EnrollmentEligibility.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

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
            if (failure instanceof DependencyRefusedException refused) {
                throw refused;
            }
            log.warn("enrollment eligibility check failed: {}", failure.getClass().getSimpleName());
            throw new DependencyUnavailableException(DEPENDENCY,
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
        } catch (FeignException failed) {
            if (refusal(failed.status())) {
                throw refused(failed);
            }
            throw failed;
        }
    }

    /** A 4xx other than "too slow" (408) and "too many" (429), which say enrollment cannot serve now: those are outages. */
    static boolean refusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** Enrollment's problem details as a refusal to our caller, with any ID number in its text masked. */
    private static DependencyRefusedException refused(FeignException failed) {
        List<DependencyRefusedException.FieldError> errors = new ArrayList<>();
        String detail = null;
        try {
            JsonNode problem = JSON.readTree(failed.contentUTF8());
            if (problem != null) {
                detail = problem.path("detail").asString(null);
                for (JsonNode error : problem.path("errors")) {
                    errors.add(new DependencyRefusedException.FieldError(error.path("field").asString("request"),
                            error.path("rule").asString("invalid"), mask(error.path("message").asString(""))));
                }
            }
        } catch (JacksonException notJson) {
            // a refusal without a problem body is still a refusal
        }
        log.info("enrollment refused an eligibility check with {}", failed.status());
        return new DependencyRefusedException(DEPENDENCY, failed.status(), "Enrollment refused the eligibility check ("
                + failed.status() + ")" + (detail == null || detail.isBlank() ? "" : ": " + mask(detail)), errors);
    }

    private static String mask(String text) {
        Matcher matcher = ID_NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, IdNumbers.mask(matcher.group()));
        }
        return matcher.appendTail(masked).toString();
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
