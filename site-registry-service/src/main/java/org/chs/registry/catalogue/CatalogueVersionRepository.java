package org.chs.registry.catalogue;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.repository.MongoRepository;

/** 事项清单版本库 — persistence of {@link CatalogueVersion}. */
interface CatalogueVersionRepository extends MongoRepository<CatalogueVersion, Integer> {

    Optional<CatalogueVersion> findFirstByOrderByNumberDesc();

    Slice<CatalogueVersion> findAllBy(Pageable pageable);
}
