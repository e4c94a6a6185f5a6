package org.chs.enrollment.person;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ContributionReceiptRepository extends MongoRepository<ContributionReceipt, String> {
}
