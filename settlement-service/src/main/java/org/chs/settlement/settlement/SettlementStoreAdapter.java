package org.chs.settlement.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The settlement documents in MongoDB: the repository for the documents, a raw conditional update for the pending flags. */
@Component
class SettlementStoreAdapter implements SettlementStore {

    private final SettlementRepository settlements;
    private final MongoOperations mongo;

    SettlementStoreAdapter(SettlementRepository settlements, MongoOperations mongo) {
        this.settlements = settlements;
        this.mongo = mongo;
    }

    @Override
    public Settlement insert(Settlement settlement) {
        return settlements.insert(settlement);
    }

    @Override
    public Settlement save(Settlement settlement) {
        return settlements.save(settlement);
    }

    @Override
    public Optional<Settlement> findById(String settlementId) {
        return settlements.findById(settlementId);
    }

    @Override
    public Optional<Settlement> findByBill(String institutionId, String billNumber) {
        return settlements.findByInstitutionIdAndBillNumber(institutionId, billNumber);
    }

    @Override
    public List<Settlement> claimedBefore(Instant before) {
        return settlements.findByStatusAndClaimedAtBefore(SettlementStatus.CLAIMED, before);
    }

    @Override
    public List<Settlement> releasePendingBefore(Instant before) {
        return settlements.findByReleasePendingTrueAndUpdatedAtBefore(before);
    }

    @Override
    public List<Settlement> clearingPendingBefore(Instant before) {
        return settlements.findByClearingPendingTrueAndUpdatedAtBefore(before);
    }

    @Override
    public void clearFlag(Settlement settlement, String flag) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(settlement.id()).and("status").is(settlement.status())
                .and("attempt").is(settlement.attempt())), new Update().set(flag, false), Settlement.class);
    }
}
