package org.chs.enrollment.handling.siteregistry;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The last known catalogue answers, by {@code point|item}. */
interface AuthorisationCacheRepository extends MongoRepository<AuthorisationCacheEntry, String> {
}
