package org.chs.evaluation.ranking;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The declaration batches (申报批次). */
public interface BatchRepository extends MongoRepository<Batch, String> {
}
