package org.chs.registry.declaration;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

/** 申报批次库 — persistence of {@link DeclarationBatch}. */
interface DeclarationBatchRepository extends MongoRepository<DeclarationBatch, String> {

    Slice<DeclarationBatch> findAllBy(Pageable pageable);
}
