package org.chs.evaluation.ranking;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The batches. */
public interface BatchRepository extends MongoRepository<Batch, String> {
}
