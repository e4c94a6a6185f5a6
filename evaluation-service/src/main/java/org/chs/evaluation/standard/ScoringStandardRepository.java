package org.chs.evaluation.standard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The published versions of the scoring standards (评分标准). */
public interface ScoringStandardRepository extends MongoRepository<ScoringStandard, String> {

    Optional<ScoringStandard> findFirstByCodeOrderByStandardVersionDesc(String code);

    List<ScoringStandard> findByCodeOrderByStandardVersionDesc(String code);
}
