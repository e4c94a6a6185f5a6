package org.chs.evaluation.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The evaluations. */
public interface EvaluationRepository extends MongoRepository<Evaluation, String> {

    Optional<Evaluation> findByDeclarationId(String declarationId);

    List<Evaluation> findByBatchId(String batchId);
}
