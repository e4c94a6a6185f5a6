package org.chs.enrollment.person;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.chs.platform.handling.HandlingRecord;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** 办件台账 — the handlings of one service point on one day, read from the person documents they were written into. */
@Component
class HandlingLog {

    private final MongoTemplate mongo;

    HandlingLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Slice<HandlingRecord> atPointOn(String servicePointId, LocalDate day, int page, int size) {
        Object mappedDay = mongo.getConverter().convertToMongoType(day);
        Criteria sameHandling = Criteria.where("servicePointId").is(servicePointId).and("completedOn").is(mappedDay);
        Aggregation pipeline = newAggregation(
                match(Criteria.where("handlings").elemMatch(sameHandling)),
                unwind("handlings"),
                match(Criteria.where("handlings.servicePointId").is(servicePointId).and("handlings.completedOn").is(mappedDay)),
                sort(Sort.by(Sort.Direction.ASC, "handlings.completedAt", "handlings._id")),
                skip((long) page * size),
                limit(size + 1L),
                project().and("handlings").as("h").andExclude("_id"));
        MongoConverter converter = mongo.getConverter();
        List<HandlingRecord> rows = mongo.aggregate(pipeline, InsuredPerson.class, Document.class).getMappedResults().stream()
                .map(row -> converter.read(HandlingRecord.class, row.get("h", Document.class)))
                .toList();
        boolean hasNext = rows.size() > size;
        return new SliceImpl<>(hasNext ? rows.subList(0, size) : rows, PageRequest.of(page, size), hasNext);
    }
}
