package org.chs.registry.area;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

/** 行政区划库 — persistence of {@link AdministrativeArea}. */
interface AreaRepository extends MongoRepository<AdministrativeArea, String> {

    List<AdministrativeArea> findByParentCode(String parentCode, Sort sort);

    List<AdministrativeArea> findByCodeIn(Collection<String> codes, Sort sort);

    Slice<AdministrativeArea> findByLevelAndAncestorCodes(AreaLevel level, String ancestorCode, Pageable pageable);

    List<AdministrativeArea> findByLevelAndAncestorCodes(AreaLevel level, String ancestorCode, Sort sort);

    Slice<AdministrativeArea> findByLevel(AreaLevel level, Pageable pageable);
}
