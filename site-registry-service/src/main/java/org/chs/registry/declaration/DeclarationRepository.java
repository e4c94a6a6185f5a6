package org.chs.registry.declaration;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** 示范点申报库 — persistence of {@link Declaration}; filtered lists go through {@link DeclarationService} and MongoTemplate. */
interface DeclarationRepository extends MongoRepository<Declaration, String> {

    Optional<Declaration> findByBatchIdAndServicePointId(String batchId, String servicePointId);
}
