package org.chs.settlement.institution;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InstitutionRepository extends MongoRepository<Institution, String> {
}
