package org.chs.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.chs.testsupport.infra.MongoEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins down what the MongoDB the tests (and the local stack) run on can do for the accumulator and clearing designs: the
 * embedded mongo-java-server is not a real MongoDB, and "it works in production" is no help if it silently misbehaves here.
 */
class EmbeddedMongoCapabilitiesIT {

    private static MongoClient client;
    private static MongoCollection<Document> collection;

    @BeforeAll
    static void connect() {
        ConnectionString uri = MongoEndpoint.freshDatabase();
        client = MongoClients.create(uri);
        collection = client.getDatabase(uri.getDatabase()).getCollection("probe");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldIncrementDecimal128ExactlyWhenIncremented() {
        collection.insertOne(new Document("_id", "dec").append("amount", new Decimal128(new BigDecimal("0.10"))));
        collection.updateOne(Filters.eq("_id", "dec"), Updates.inc("amount", new Decimal128(new BigDecimal("0.20"))));
        Object amount = collection.find(Filters.eq("_id", "dec")).first().get("amount");
        // It works (0.30 exactly), yet accumulators keep long fen: see the accumulator package Javadoc for why.
        assertThat(amount).isEqualTo(new Decimal128(new BigDecimal("0.30")));
    }

    @Test
    void shouldApplyConditionalIncOnlyOnceWhenGuardedByLteAndNe() {
        collection.insertOne(new Document("_id", "fen").append("paid", 900L).append("bills", List.of()));
        Document applied = collection.findOneAndUpdate(
                Filters.and(Filters.eq("_id", "fen"), Filters.lte("paid", 1000L - 100L), Filters.ne("bills", "b1")),
                Updates.combine(Updates.inc("paid", 100L), Updates.push("bills", "b1")),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        assertThat(applied).isNotNull();
        assertThat(applied.getLong("paid")).isEqualTo(1000L);
        Document refused = collection.findOneAndUpdate(
                Filters.and(Filters.eq("_id", "fen"), Filters.lte("paid", 1000L - 1L)), Updates.inc("paid", 1L));
        assertThat(refused).isNull();
        Document replay = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", "fen"), Filters.ne("bills", "b1")),
                Updates.inc("paid", 0L));
        assertThat(replay).isNull();
    }

    @Test
    void shouldCompareTwoFieldsWhenFilteringWithExpr() {
        collection.insertOne(new Document("_id", "expr").append("paid", 5L).append("cap", 10L));
        Document hit = collection.find(Filters.and(Filters.eq("_id", "expr"),
                Filters.expr(new Document("$lte", List.of("$paid", "$cap"))))).first();
        assertThat(hit).isNotNull();
    }

    @Test
    void shouldIncrementNestedFieldsWhenUpserting() {
        collection.updateOne(Filters.eq("_id", "nested"), Updates.inc("pairs.330127>330106.fundFen", 150L),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        collection.updateOne(Filters.eq("_id", "nested"), Updates.inc("pairs.330127>330106.fundFen", 50L),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        Document doc = collection.find(Filters.eq("_id", "nested")).first();
        assertThat(doc.get("pairs", Document.class).get("330127>330106", Document.class).getLong("fundFen")).isEqualTo(200L);
    }
}
