package org.chs.enrollment.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** 个人信息查阅审计 — records every disclosure of full personal data and lets auditors search them. */
@Service
public class PersonalDataAuditLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    public PersonalDataAuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Who reads, as the token says. */
    public record Reader(String actor, String clientId, Set<String> roles, String servicePointId) {
    }

    /** Search filters; {@code null} means any. */
    public record Filter(String personId, String actor, Instant from, Instant to) {
    }

    /** Records a disclosure; call before the data leaves the service, so that a failed write discloses nothing. */
    public PersonalDataRead recordFullRead(Reader reader, String personId, String endpoint, String purpose, String requestId) {
        return mongo.insert(new PersonalDataRead(reader.actor(), reader.clientId(), reader.roles(), reader.servicePointId(), personId,
                endpoint, purpose, requestId, clock.instant()));
    }

    /** A page of reads, newest first; a slice without a total (counting is slow on the embedded MongoDB). */
    public Slice<PersonalDataRead> search(Filter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.personId() != null) {
            criteria = criteria.and("personId").is(filter.personId());
        }
        if (filter.actor() != null) {
            criteria = criteria.and("actor").is(filter.actor());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria time = criteria.and("readAt");
            if (filter.from() != null) {
                time = time.gte(filter.from());
            }
            if (filter.to() != null) {
                time = time.lt(filter.to());
            }
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "readAt")).skip((long) page * size).limit(size + 1);
        List<PersonalDataRead> rows = mongo.find(query, PersonalDataRead.class);
        boolean hasNext = rows.size() > size;
        return new SliceImpl<>(hasNext ? rows.subList(0, size) : rows, PageRequest.of(page, size), hasNext);
    }
}
