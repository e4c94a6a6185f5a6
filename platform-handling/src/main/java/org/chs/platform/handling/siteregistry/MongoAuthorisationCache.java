package org.chs.platform.handling.siteregistry;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The cache in the service's own MongoDB, collection {@value #COLLECTION}, keyed by {@code point|item}: a restart during an
 * outage does not forget it. The documents enrollment and settlement kept before this kit have the same fields.
 */
public class MongoAuthorisationCache implements AuthorisationCache {

    public static final String COLLECTION = "authorisation_cache";

    private final MongoOperations mongo;

    public MongoAuthorisationCache(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CachedAuthorisation> find(String servicePointId, String itemCode) {
        return Optional.ofNullable(mongo.findById(CachedAuthorisation.key(servicePointId, itemCode), CachedAuthorisation.class, COLLECTION));
    }

    @Override
    public void keep(CachedAuthorisation answer) {
        mongo.save(answer, COLLECTION);
    }

    @Override
    public void forget(String servicePointId, String itemCode) {
        mongo.remove(Query.query(Criteria.where("_id").is(CachedAuthorisation.key(servicePointId, itemCode))), COLLECTION);
    }
}
