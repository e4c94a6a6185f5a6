package org.chs.settlement.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SettlementRepository extends MongoRepository<Settlement, String> {

    Optional<Settlement> findByInstitutionIdAndBillNumber(String institutionId, String billNumber);

    List<Settlement> findByPersonIdAndStatusAndVisitTypeAndDischargeDateBetween(String personId, SettlementStatus status,
                                                                                  VisitType visitType, LocalDate from, LocalDate to);

    List<Settlement> findByStatusAndClaimedAtBefore(SettlementStatus status, Instant before);

    List<Settlement> findByClearingPendingTrueAndUpdatedAtBefore(Instant before);

    List<Settlement> findByReleasePendingTrueAndUpdatedAtBefore(Instant before);

    Page<Settlement> findByInstitutionIdAndStatusInOrderBySettledAtDesc(String institutionId, List<SettlementStatus> statuses, Pageable pageable);

    Page<Settlement> findByStatusInOrderBySettledAtDesc(List<SettlementStatus> statuses, Pageable pageable);

    /** Settlements with a counter handling (manual reimbursements) completed at a point on a day; a {@code List}, so no count. */
    List<Settlement> findByHandlingServicePointIdAndHandlingCompletedOn(String servicePointId, LocalDate day, Pageable pageable);
}
