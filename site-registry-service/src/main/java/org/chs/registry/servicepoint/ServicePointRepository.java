package org.chs.registry.servicepoint;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** 服务网点库 — persistence of {@link ServicePoint}; filtered lists go through {@link ServicePointService} and MongoTemplate. */
interface ServicePointRepository extends MongoRepository<ServicePoint, String> {

    List<ServicePoint> findByAreaChain(String areaCode);
}
