package org.chs.settlement.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.chs.settlement.handling.HandlingBusiness;
import org.chs.settlement.handling.HandlingSource;
import org.chs.settlement.handling.LoggedHandling;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The handlings that made and revoked filings at a point on a day, for the daily list (办件台账). */
@Component
class FilingHandlings implements HandlingSource {

    private final FilingRepository filings;

    FilingHandlings(FilingRepository filings) {
        this.filings = filings;
    }

    @Override
    public List<LoggedHandling> completedAt(String servicePointId, LocalDate day, int limit) {
        Stream<LoggedHandling> made = filings.findByHandlingServicePointIdAndHandlingCompletedOn(servicePointId, day,
                        firstInCompletionOrder("handling", limit)).stream()
                .map(f -> new LoggedHandling(f.handling(), HandlingBusiness.FILING, f.id()));
        Stream<LoggedHandling> revoked = filings.findByRevocationHandlingServicePointIdAndRevocationHandlingCompletedOn(servicePointId, day,
                        firstInCompletionOrder("revocationHandling", limit)).stream()
                .map(f -> new LoggedHandling(f.revocationHandling(), HandlingBusiness.FILING_REVOCATION, f.id()));
        return Stream.concat(made, revoked).sorted(LoggedHandling.COMPLETION_ORDER).limit(limit).toList();
    }

    private static PageRequest firstInCompletionOrder(String handlingField, int limit) {
        return PageRequest.of(0, limit, Sort.by(Sort.Direction.ASC, handlingField + ".completedAt", handlingField + ".id"));
    }
}
