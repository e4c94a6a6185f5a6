package org.chs.settlement.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.HandlingRequest;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.handling.Operator;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.eligibility.EligibilityCheck;
import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.shared.IdempotencyKeyReusedException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Use cases on 异地就医备案: file at a counter or a hospital window (补办), revoke, and find the filing that covers a bill. */
@Service
public class FilingService {

    private final FilingRepository filings;
    private final EligibilityCheck eligibility;
    private final HandlingDesk desk;
    private final InstitutionDirectory institutions;
    private final FilingEvents events;
    private final FilingProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    public FilingService(FilingRepository filings, EligibilityCheck eligibility, HandlingDesk desk, InstitutionDirectory institutions,
                         FilingEvents events, FilingProperties properties, Clock clock,
                         @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.filings = filings;
        this.eligibility = eligibility;
        this.desk = desk;
        this.institutions = institutions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A made filing and the citizen's one-time review token for its handling.
     *
     * @param replayed an earlier request with the same idempotency key made it; no new handling happened
     */
    public record Made(Filing filing, String reviewToken, boolean replayed) {
    }

    public Made make(MakeFiling command) {
        IdNumbers.check(command.idNumber(), LocalDate.now(clock.withZone(zone)));
        checkValidity(command);
        String treatmentRegion = treatmentRegion(command);
        OpenHandling handling = desk.open(HandlingRequest.at(command.type().itemCode(), command.operator(), command.queuedAt(),
                command.startedAt()));
        Eligibility person = eligibility.check(command.idNumber(), command.validFrom())
                .orElseThrow(() -> new NotFoundException("Enrollment knows no person with ID number " + IdNumbers.mask(command.idNumber())));
        if (!person.covered()) {
            throw BusinessRuleException.withReasons("not-eligible", "Not insured",
                    "The person is not insured on " + command.validFrom() + ", so cannot be filed", person.reasons());
        }
        Instant now = clock.instant();
        HandlingRecord record = handling.complete(person.personId(), now, zone);
        String hash = sha256(command.fingerprint());
        String id = command.idempotencyKey() == null ? "fil-" + UUID.randomUUID()
                : "fil-" + sha256(command.operator().name() + "|" + command.idempotencyKey()).substring(0, 32);
        Filing filing = Filing.make(id, hash, person.personId(), person.maskedIdNumber(), person.scheme(),
                person.poolingRegion(), command, treatmentRegion, record, now);
        events.stage(filing, List.of(new FilingEvent.HandlingCompleted(record)));
        try {
            return new Made(filings.insert(filing), handling.reviewToken(), false);
        } catch (DuplicateKeyException retried) {
            // the id is the partner's idempotency key: the insert is the atomic claim, a collision is a retry
            Filing first = get(id);
            if (!hash.equals(first.requestHash())) {
                throw new IdempotencyKeyReusedException("Idempotency-Key " + command.idempotencyKey()
                        + " was used for a different filing; use a new key for a new request");
            }
            return new Made(first, null, true);
        }
    }

    /** 撤销备案 at a counter: itself a handling under the filing's item. */
    public Made revoke(String filingId, String reason, Operator operator, Instant queuedAt, Instant startedAt) {
        Filing filing = get(filingId);
        OpenHandling handling = desk.open(HandlingRequest.at(filing.type().itemCode(), operator, queuedAt, startedAt));
        Instant now = clock.instant();
        HandlingRecord record = handling.complete(filing.personId(), now, zone);
        filing.revoke(reason, record, now);
        events.stage(filing, List.of(new FilingEvent.HandlingCompleted(record)));
        // @Version turns a concurrent revocation into an optimistic-locking failure (409), not a second handling
        return new Made(filings.save(filing), handling.reviewToken(), false);
    }

    public Filing get(String filingId) {
        return filings.findById(filingId).orElseThrow(() -> new NotFoundException("No filing " + filingId));
    }

    public Page<Filing> ofPerson(String personId, int page, int size) {
        return filings.findByPersonIdOrderByValidFromDesc(personId, PageRequest.of(page, size));
    }

    /** The active filing that lets the person be treated in the region on the date; long-term filings first. */
    public Optional<Filing> covering(String personId, String treatmentRegion, LocalDate date) {
        List<Filing> active = filings.findByPersonIdAndStatus(personId, FilingStatus.ACTIVE);
        return active.stream().filter(f -> f.covers(treatmentRegion, date))
                .min((a, b) -> Boolean.compare(!a.type().longTerm(), !b.type().longTerm()));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private void checkValidity(MakeFiling command) {
        if (command.validFrom() == null) {
            throw new InvalidFieldException("validFrom", "required", "validFrom is required");
        }
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw new InvalidFieldException("validTo", "after-valid-from", "validTo must not be before validFrom");
        }
        if (!command.type().longTerm()) {
            if (command.validTo() == null) {
                throw new InvalidFieldException("validTo", "required-for-temporary", "a temporary filing needs validTo");
            }
            long days = ChronoUnit.DAYS.between(command.validFrom(), command.validTo()) + 1;
            if (days > properties.temporaryMaxDays()) {
                throw new InvalidFieldException("validTo", "temporary-max-days",
                        "a temporary filing lasts at most " + properties.temporaryMaxDays() + " days");
            }
        }
    }

    /** At a counter the clerk names the region; a hospital files for care at itself, so its own region. */
    private String treatmentRegion(MakeFiling command) {
        if (command.hospitalInstitutionId() == null) {
            if (!RegionCode.isValid(command.treatmentRegion())) {
                throw new InvalidFieldException("treatmentRegion", "pattern", "treatmentRegion must be a six-digit area code");
            }
            return command.treatmentRegion();
        }
        String own = institutions.require(command.hospitalInstitutionId()).treatmentRegion();
        if (command.treatmentRegion() != null && !command.treatmentRegion().equals(own)) {
            throw new InvalidFieldException("treatmentRegion", "own-region",
                    "a hospital files only for care at itself, in region " + own);
        }
        return own;
    }
}
