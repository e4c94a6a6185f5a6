package org.chs.settlement.catalogue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CatalogueRepository extends MongoRepository<CatalogueItem, String> {

    List<CatalogueItem> findByIdIn(Collection<String> ids);

    Page<CatalogueItem> findByRegionOrderByItemCodeAsc(String region, Pageable pageable);

    boolean existsByRegion(String region);
}
