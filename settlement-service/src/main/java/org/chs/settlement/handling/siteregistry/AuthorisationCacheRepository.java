package org.chs.settlement.handling.siteregistry;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AuthorisationCacheRepository extends MongoRepository<AuthorisationCacheEntry, String> {
}
