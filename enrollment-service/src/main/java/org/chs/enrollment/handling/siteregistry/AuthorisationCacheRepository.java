package org.chs.enrollment.handling.siteregistry;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AuthorisationCacheRepository extends MongoRepository<AuthorisationCacheEntry, String> {
}
