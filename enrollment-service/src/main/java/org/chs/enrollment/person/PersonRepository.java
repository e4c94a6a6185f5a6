package org.chs.enrollment.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PersonRepository extends MongoRepository<InsuredPerson, String> {

    List<InsuredPerson> findByIdNumberBlindIndex(String blindIndex);

    Optional<InsuredPerson> findByIdNumberBlindIndexAndScheme(String blindIndex, Scheme scheme);

    List<InsuredPerson> findByHouseholdPersonId(String personId);
}
