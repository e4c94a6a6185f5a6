package org.chs.enrollment.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** 参保人档案库 — insured persons, found by id, by the blind index of their ID number, or by a household link. */
interface PersonRepository extends MongoRepository<InsuredPerson, String> {

    List<InsuredPerson> findByIdNumberBlindIndex(String blindIndex);

    Optional<InsuredPerson> findByIdNumberBlindIndexAndScheme(String blindIndex, Scheme scheme);

    List<InsuredPerson> findByHouseholdPersonId(String personId);
}
