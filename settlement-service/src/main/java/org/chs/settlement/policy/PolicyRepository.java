package org.chs.settlement.policy;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PolicyRepository extends MongoRepository<BenefitPolicy, String> {

    List<BenefitPolicy> findByRegionOrderByYearDescSchemeAsc(String region);

    boolean existsByRegion(String region);
}
