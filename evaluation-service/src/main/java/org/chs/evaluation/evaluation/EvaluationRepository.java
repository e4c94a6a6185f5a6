package org.chs.evaluation.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The evaluations (示范点评估). */
public interface EvaluationRepository extends MongoRepository<Evaluation, String> {

    Optional<Evaluation> findByDeclarationId(String declarationId);

    List<Evaluation> findByBatchId(String batchId);
}
