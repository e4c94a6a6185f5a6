package org.chs.settlement.settlement;

import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** 稽核疑点 — the settlements the audit rules flagged, as the agency's fund supervisors filter them; a read, never a write. */
@Component
class FlaggedSettlements {

    private final MongoOperations mongo;
    private final ZoneId zone;

    FlaggedSettlements(MongoOperations mongo, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.zone = zone;
    }

    /** Newest first; {@code from}/{@code to} are settlement dates in the agency's time zone, inclusive. */
    Page<Settlement> find(AuditFilter filter, int page, int size) {
        Criteria criteria = Criteria.where("auditFlags.0").exists(true);
        if (filter.rule() != null) {
            criteria = criteria.and("auditFlags.rule").is(filter.rule());
        }
        if (filter.institutionId() != null) {
            criteria = criteria.and("institutionId").is(filter.institutionId());
        }
        if (filter.insuredRegion() != null) {
            criteria = criteria.and("insuredRegion").is(filter.insuredRegion());
        }
        if (filter.treatmentRegion() != null) {
            criteria = criteria.and("treatmentRegion").is(filter.treatmentRegion());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria settledAt = Criteria.where("settledAt");
            if (filter.from() != null) {
                settledAt = settledAt.gte(filter.from().atStartOfDay(zone).toInstant());
            }
            if (filter.to() != null) {
                settledAt = settledAt.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            criteria = new Criteria().andOperator(criteria, settledAt);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Settlement.class);
        List<Settlement> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "settledAt")).skip((long) page * size).limit(size),
                Settlement.class);
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }
}
