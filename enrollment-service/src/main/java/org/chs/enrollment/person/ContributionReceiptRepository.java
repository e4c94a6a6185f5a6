package org.chs.enrollment.person;

import org.springframework.data.mongodb.repository.MongoRepository;

/** 缴费票据登记簿 — the receipt-number claims, by {@code CHANNEL:receipt}. */
interface ContributionReceiptRepository extends MongoRepository<ContributionReceipt, String> {
}
