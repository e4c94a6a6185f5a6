package org.chs.settlement.filing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FilingRepository extends MongoRepository<Filing, String> {

    List<Filing> findByPersonIdAndStatus(String personId, FilingStatus status);

    Page<Filing> findByPersonIdOrderByValidFromDesc(String personId, Pageable pageable);

    /** Filings made at a point on a day; a {@code List}, so no count is run. */
    List<Filing> findByHandlingServicePointIdAndHandlingCompletedOn(String servicePointId, LocalDate day, Pageable pageable);

    /** Filings revoked at a point on a day. */
    List<Filing> findByRevocationHandlingServicePointIdAndRevocationHandlingCompletedOn(String servicePointId, LocalDate day,
                                                                                        Pageable pageable);
}
