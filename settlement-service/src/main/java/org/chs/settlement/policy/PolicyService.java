package org.chs.settlement.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Use cases on 参保地政策: the agency administrator sets them, settlement reads them. */
@Service
public class PolicyService {

    private final PolicyRepository policies;
    private final Clock clock;

    public PolicyService(PolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /** Creates or replaces the policy; an edit must name the version it was based on, so two administrators cannot overwrite each other. */
    public BenefitPolicy define(DefinePolicy command) {
        if (!RegionCode.isValid(command.region())) {
            throw new InvalidFieldException("region", "pattern", "region must be a six-digit area code");
        }
        if (command.year() < 2000 || command.year() > 2100) {
            throw new InvalidFieldException("year", "range", "year must be between 2000 and 2100");
        }
        Optional<BenefitPolicy> existing = policies.findById(BenefitPolicy.key(command.region(), command.scheme(), command.year()));
        try {
            if (existing.isEmpty()) {
                return policies.insert(BenefitPolicy.create(command, clock.instant()));
            }
            BenefitPolicy policy = existing.get();
            if (command.expectedVersion() != null && !command.expectedVersion().equals(policy.version())) {
                throw new ConflictException("The policy was changed meanwhile (version " + policy.version() + "); reload and edit again");
            }
            policy.apply(command, clock.instant());
            return policies.save(policy);
        } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
            throw new ConflictException("The policy was changed meanwhile; reload and edit again");
        }
    }

    public Optional<BenefitPolicy> find(String region, Scheme scheme, int year) {
        return policies.findById(BenefitPolicy.key(region, scheme, year));
    }

    public BenefitPolicy get(String region, Scheme scheme, int year) {
        return find(region, scheme, year).orElseThrow(() -> new NotFoundException(
                "No policy of region " + region + " for " + scheme + " in " + year));
    }

    public List<BenefitPolicy> ofRegion(String region) {
        return policies.findByRegionOrderByYearDescSchemeAsc(region);
    }

    /** Whether the region is an insured region (参保地) here: one with a benefit policy for some scheme and year. */
    public boolean isInsuredRegion(String region) {
        return policies.existsByRegion(region);
    }
}
