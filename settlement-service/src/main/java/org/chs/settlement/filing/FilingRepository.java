package org.chs.settlement.filing;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FilingRepository extends MongoRepository<Filing, String> {

    List<Filing> findByPersonIdAndStatus(String personId, FilingStatus status);

    Page<Filing> findByPersonIdOrderByValidFromDesc(String personId, Pageable pageable);
}
