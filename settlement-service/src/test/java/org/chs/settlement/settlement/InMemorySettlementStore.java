package org.chs.settlement.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The settlement documents in memory, with the two MongoDB behaviours the sequence relies on: the unique index on
 * (institution, bill number) and optimistic locking on the version. Documents are kept as BSON written by Spring Data's own
 * mapping (no server, no Spring context), so every read is a fresh copy, as from a database: a caller holding an old copy
 * cannot change what is stored except by saving it, and then only if nobody saved in between.
 */
final class InMemorySettlementStore implements SettlementStore {

    private static final String VERSION = "version";

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final MappingMongoConverter converter;
    /** Fails the next save of a settlement in a matching state, as a crash or lost connection at that point would. */
    private Predicate<Settlement> failNextSave = s -> false;
    private RuntimeException failure;

    InMemorySettlementStore() {
        // as application.yml configures it (spring.data.mongodb.representation.big-decimal)
        MongoCustomConversions conversions = MongoCustomConversions.create(c -> c.bigDecimal(BigDecimalRepresentation.DECIMAL128));
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
    }

    /** The next save of a settlement that matches fails with {@code failure}, without writing anything. */
    void failNextSave(Predicate<Settlement> when, RuntimeException failure) {
        this.failNextSave = when;
        this.failure = failure;
    }

    @Override
    public synchronized Settlement insert(Settlement settlement) {
        Document document = write(settlement);
        boolean taken = documents.containsKey(settlement.id()) || documents.values().stream().anyMatch(d ->
                d.getString("institutionId").equals(settlement.institutionId()) && d.getString("billNumber").equals(settlement.billNumber()));
        if (taken) {
            throw new DuplicateKeyException("E11000 duplicate key: bill " + settlement.billKey());
        }
        document.put(VERSION, 0L);
        documents.put(settlement.id(), document);
        return read(document);
    }

    @Override
    public synchronized Settlement save(Settlement settlement) {
        if (failNextSave.test(settlement)) {
            failNextSave = s -> false;
            throw failure;
        }
        Document stored = documents.get(settlement.id());
        if (stored == null) {
            return insert(settlement);
        }
        if (!stored.get(VERSION).equals(settlement.version())) {
            throw new OptimisticLockingFailureException("Settlement " + settlement.id() + " is at version " + stored.get(VERSION)
                    + ", not " + settlement.version());
        }
        Document document = write(settlement);
        document.put(VERSION, settlement.version() + 1);
        documents.put(settlement.id(), document);
        return read(document);
    }

    @Override
    public synchronized Optional<Settlement> findById(String settlementId) {
        return Optional.ofNullable(documents.get(settlementId)).map(this::read);
    }

    @Override
    public synchronized Optional<Settlement> findByBill(String institutionId, String billNumber) {
        return all(s -> s.institutionId().equals(institutionId) && s.billNumber().equals(billNumber)).stream().findFirst();
    }

    @Override
    public synchronized List<Settlement> claimedBefore(Instant before) {
        return all(s -> s.status() == SettlementStatus.CLAIMED && s.claimedAt().isBefore(before));
    }

    @Override
    public synchronized List<Settlement> releasePendingBefore(Instant before) {
        return all(s -> s.releasePending() && s.updatedAt().isBefore(before));
    }

    @Override
    public synchronized List<Settlement> clearingPendingBefore(Instant before) {
        return all(s -> s.clearingPending() && s.updatedAt().isBefore(before));
    }

    @Override
    public synchronized void clearFlag(Settlement settlement, String flag) {
        Document stored = documents.get(settlement.id());
        if (stored != null && settlement.status().name().equals(stored.getString("status"))
                && settlement.attempt().equals(stored.getString("attempt"))) {
            stored.put(flag, false);
        }
    }

    /** Puts a document as a crashed process left it, bypassing the sequence. */
    synchronized void put(Settlement settlement) {
        Document document = write(settlement);
        document.put(VERSION, settlement.version() == null ? 0L : settlement.version());
        documents.put(settlement.id(), document);
    }

    synchronized int count() {
        return documents.size();
    }

    private List<Settlement> all(Predicate<Settlement> filter) {
        List<Settlement> found = new ArrayList<>();
        for (Document document : documents.values()) {
            Settlement s = read(document);
            if (filter.test(s)) {
                found.add(s);
            }
        }
        return found;
    }

    private Document write(Settlement settlement) {
        Document document = new Document();
        converter.write(settlement, document);
        return document;
    }

    private Settlement read(Document document) {
        // the mapping builds a new object from the stored BSON on every read and never changes it
        return converter.read(Settlement.class, document);
    }
}
