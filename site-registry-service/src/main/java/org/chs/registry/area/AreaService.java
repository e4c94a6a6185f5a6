package org.chs.registry.area;

import java.util.List;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.shared.AlreadyExistsException;
import org.chs.registry.shared.InvalidFieldsException;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** 行政区划服务 — the use cases on administrative areas: register, correct, and the tree queries. */
@Service
public class AreaService {

    private static final Sort BY_CODE = Sort.by("code");

    private final AreaRepository areas;

    public AreaService(AreaRepository areas) {
        this.areas = areas;
    }

    public AdministrativeArea register(RegisterArea command) {
        var violations = AreaCodes.check(command.code(), command.level(), command.parentCode());
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        if (command.level().parentLevel() != null) {
            AdministrativeArea parent = areas.findById(command.parentCode()).orElseThrow(() -> BusinessRuleException.generic("parent-exists",
                    "parentCode", "No area " + command.parentCode() + " to register " + command.code() + " under; register the parent first"));
            if (parent.level() != command.level().parentLevel()) {
                // Cannot happen with well-formed codes unless the stored data is inconsistent; keep the rule explicit anyway.
                throw BusinessRuleException.generic("parent-level", "parentCode",
                        "The parent of a " + command.level() + " must be a " + command.level().parentLevel() + ", not a " + parent.level());
            }
        }
        try {
            return areas.insert(AdministrativeArea.register(command));
        } catch (DuplicateKeyException duplicate) {
            throw new AlreadyExistsException("area", command.code(), "Area " + command.code() + " is already registered");
        }
    }

    /** Corrects an area; {@code expectedVersion} (from {@code If-Match}) is optional and checked when given. */
    public AdministrativeArea describe(String code, DescribeArea command, Long expectedVersion) {
        AdministrativeArea area = get(code);
        if (expectedVersion != null && !expectedVersion.equals(area.version())) {
            throw new StaleVersionException(String.valueOf(expectedVersion), String.valueOf(area.version()));
        }
        area.describe(command.name(), command.population(), command.centroid(), command.urbanKeyArea());
        return areas.save(area);
    }

    public AdministrativeArea get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("area", code));
    }

    public Optional<AdministrativeArea> find(String code) {
        return areas.findById(AreaCodes.canonical(code));
    }

    public List<AdministrativeArea> children(String code) {
        AdministrativeArea area = get(code);
        return areas.findByParentCode(area.code(), BY_CODE);
    }

    /** Province first, the area's parent last. */
    public List<AdministrativeArea> ancestors(String code) {
        AdministrativeArea area = get(code);
        return areas.findByCodeIn(area.ancestorCodes(), BY_CODE);
    }

    /** The villages and communities under a county or township, a page at a time. */
    public Slice<AdministrativeArea> villagesUnder(String code, Pageable pageable) {
        AdministrativeArea area = get(code);
        return areas.findByLevelAndAncestorCodes(AreaLevel.VILLAGE, area.code(), withCodeOrder(pageable));
    }

    /** Every area of a level under an ancestor, unpaged: for reports over one county (a few hundred villages at most). */
    public List<AdministrativeArea> allUnder(String code, AreaLevel level) {
        return areas.findByLevelAndAncestorCodes(level, AreaCodes.canonical(code), BY_CODE);
    }

    public Slice<AdministrativeArea> byLevel(AreaLevel level, Pageable pageable) {
        return areas.findByLevel(level, withCodeOrder(pageable));
    }

    private static Pageable withCodeOrder(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_CODE);
    }
}
