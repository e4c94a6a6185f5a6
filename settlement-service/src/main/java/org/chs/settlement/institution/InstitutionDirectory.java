package org.chs.settlement.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * 定点医疗机构登记 — the register of designated institutions: where each treats (its region decides the catalogue and the
 * clearing payee) and its hospital level over time (which decides the deductible and the ratio). The configured default
 * regions are overlaid by the administrators' records.
 */
@Service
public class InstitutionDirectory {

    /** How many level changes one institution's history may list: decades of re-grading, with room to spare. */
    static final int MAX_LEVELS = 50;

    private final InstitutionRepository institutions;
    private final InstitutionProperties defaults;
    private final Clock clock;

    public InstitutionDirectory(InstitutionRepository institutions, InstitutionProperties defaults, Clock clock) {
        this.institutions = institutions;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The institution as registered; empty when the register knows no treatment region for it. */
    public Optional<RegisteredInstitution> find(String institutionId) {
        Optional<Institution> recorded = institutions.findById(institutionId);
        String region = recorded.map(Institution::treatmentRegion).orElse(null);
        if (region == null) {
            region = defaults.institutions().get(institutionId);
        }
        if (region == null) {
            return Optional.empty();
        }
        return Optional.of(view(institutionId, region, recorded.orElse(null)));
    }

    /**
     * The institution a hospital acts for, or a business refusal: the one place an unknown institution is refused, for
     * settlements and for the filings hospitals make up.
     *
     * @throws BusinessRuleException {@code unknown-institution} (422)
     */
    public RegisteredInstitution require(String institutionId) {
        return find(institutionId).orElseThrow(() -> new BusinessRuleException("unknown-institution", "Unknown institution",
                "The institution register does not know " + institutionId + "; ask the agency to register it",
                Map.of("institutionId", institutionId)));
    }

    /** For the administrators: one institution, 404 when unknown. */
    public RegisteredInstitution get(String institutionId) {
        return find(institutionId).orElseThrow(() -> new NotFoundException("No institution " + institutionId + " in the register"));
    }

    public RegisteredInstitution locate(String institutionId, String region, String actor) {
        if (!RegionCode.isValid(region)) {
            throw new InvalidFieldException("treatmentRegion", "pattern", "treatmentRegion must be a six-digit area code");
        }
        Institution institution = institutions.findById(institutionId).orElseGet(() -> new Institution(institutionId));
        institution.locate(region, clock.instant(), actor);
        return view(institutionId, region, save(institution));
    }

    /**
     * Records an institution's level history (医院等级评定), replacing the one held: each entry a level and the date it took
     * effect. The institution must be registered (have a treatment region) first.
     */
    public RegisteredInstitution grade(String institutionId, List<LevelPeriod> history, String actor) {
        checkHistory(history);
        RegisteredInstitution registered = get(institutionId);
        Institution institution = institutions.findById(institutionId).orElseGet(() -> new Institution(institutionId));
        institution.grade(history, clock.instant(), actor);
        return view(institutionId, registered.treatmentRegion(), save(institution));
    }

    /** The demo data's grading: only an institution the administrators have not graded yet, so their work is left alone. */
    public boolean gradeIfUngraded(String institutionId, List<LevelPeriod> history, String actor) {
        Optional<RegisteredInstitution> registered = find(institutionId);
        if (registered.isEmpty() || !registered.get().levels().isEmpty()) {
            return false;
        }
        try {
            grade(institutionId, history, actor);
            return true;
        } catch (ConflictException gradedMeanwhile) {
            return false;
        }
    }

    /** Every registered institution by id: the configured defaults overlaid by the administrators' records. */
    public List<RegisteredInstitution> all() {
        Map<String, Institution> recorded = new TreeMap<>();
        institutions.findAll().forEach(i -> recorded.put(i.id(), i));
        Set<String> ids = new TreeSet<>(defaults.institutions().keySet());
        ids.addAll(recorded.keySet());
        List<RegisteredInstitution> all = new ArrayList<>();
        for (String id : ids) {
            Institution institution = recorded.get(id);
            String region = institution != null && institution.treatmentRegion() != null ? institution.treatmentRegion()
                    : defaults.institutions().get(id);
            if (region != null) {
                all.add(view(id, region, institution));
            }
        }
        return all;
    }

    private Institution save(Institution institution) {
        try {
            return institutions.save(institution);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw new ConflictException("Institution " + institution.id() + " was changed meanwhile; reload and try again");
        }
    }

    private static void checkHistory(List<LevelPeriod> history) {
        if (history == null || history.isEmpty()) {
            throw new InvalidFieldException("levels", "required", "levels must list at least one level with the date it took effect");
        }
        if (history.size() > MAX_LEVELS) {
            throw new InvalidFieldException("levels", "size", "levels may list at most " + MAX_LEVELS + " entries");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (LevelPeriod period : history) {
            if (period == null || period.level() == null || period.effectiveFrom() == null) {
                throw new InvalidFieldException("levels", "complete", "each entry of levels needs level and effectiveFrom");
            }
            if (!dates.add(period.effectiveFrom())) {
                throw new InvalidFieldException("levels", "unique-date", "two entries of levels take effect on " + period.effectiveFrom());
            }
        }
    }

    private static RegisteredInstitution view(String id, String region, Institution recorded) {
        return new RegisteredInstitution(id, region, recorded == null ? List.of() : recorded.levels(),
                recorded == null ? null : recorded.updatedAt(), recorded == null ? null : recorded.updatedBy());
    }
}
