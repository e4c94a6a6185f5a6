package org.chs.settlement.settlement;

import java.time.LocalDate;
import java.util.List;

import org.chs.settlement.handling.HandlingBusiness;
import org.chs.settlement.handling.HandlingSource;
import org.chs.settlement.handling.LoggedHandling;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The counter handlings of manual reimbursements (零星报销) completed at a point on a day, for the daily list; a reversed
 * reimbursement stays listed, because its handling happened.
 */
@Component
class ReimbursementHandlings implements HandlingSource {

    private final SettlementRepository settlements;

    ReimbursementHandlings(SettlementRepository settlements) {
        this.settlements = settlements;
    }

    @Override
    public List<LoggedHandling> completedAt(String servicePointId, LocalDate day, int limit) {
        PageRequest first = PageRequest.of(0, limit, Sort.by(Sort.Direction.ASC, "handling.completedAt", "handling.id"));
        return settlements.findByHandlingServicePointIdAndHandlingCompletedOn(servicePointId, day, first).stream()
                .map(s -> new LoggedHandling(s.handling(), HandlingBusiness.MANUAL_REIMBURSEMENT, s.id()))
                .toList();
    }
}
