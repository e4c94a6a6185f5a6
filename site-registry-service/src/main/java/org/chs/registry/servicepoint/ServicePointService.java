package org.chs.registry.servicepoint;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.area.AreaCodes;
import org.chs.registry.area.AreaService;
import org.chs.registry.shared.AlreadyExistsException;
import org.chs.registry.shared.InvalidFieldsException;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** 服务网点服务 — the use cases on service points: register, describe, change status, find and list. */
@Service
public class ServicePointService {

    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final ServicePointRepository points;
    private final MongoTemplate mongo;
    private final AreaService areas;
    private final ServicePointEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ServicePointService(ServicePointRepository points, MongoTemplate mongo, AreaService areas, ServicePointEvents events, Clock clock) {
        this.points = points;
        this.mongo = mongo;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    public ServicePoint register(RegisterServicePoint command, String actor) {
        var violations = ServicePointRules.check(command.id(), command.type(), command.partner(), command.facilities());
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        AdministrativeArea area = areaFor(command.type(), command.areaCode());
        List<String> chain = new ArrayList<>(area.ancestorCodes());
        chain.add(area.code());
        String id = command.id() != null ? command.id() : generateId(area.code());
        ServicePoint point = ServicePoint.register(id, withCanonicalArea(command, area.code()), chain, actor, clock.instant());
        events.stage(point, List.of(new ServicePointEvent.ServicePointRegistered(point.id(), point.name(), point.type(),
                point.areaCode(), point.partner() == null ? null : point.partner().name(), clock.instant())));
        try {
            return points.insert(point);
        } catch (DuplicateKeyException duplicate) {
            throw new AlreadyExistsException("service point", id, "Service point " + id + " is already registered");
        }
    }

    public ServicePoint describe(String id, DescribeServicePoint command, Long expectedVersion) {
        ServicePoint point = get(id);
        checkVersion(point, expectedVersion);
        var violations = new ArrayList<>(ServicePointRules.partner(point.type(), command.partner()));
        violations.addAll(ServicePointRules.facilities(command.facilities()));
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        point.describe(command);
        return points.save(point);
    }

    public ServicePoint changeStatus(String id, ServicePointStatus next, String reason, String actor, Long expectedVersion) {
        ServicePoint point = get(id);
        checkVersion(point, expectedVersion);
        StatusChange change = point.changeStatus(next, reason, actor, clock.instant());
        events.stage(point, List.of(new ServicePointEvent.ServicePointStatusChanged(point.id(), change.to(), change.reason(),
                change.at())));
        return points.save(point);
    }

    public ServicePoint get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("service point", id));
    }

    public Optional<ServicePoint> find(String id) {
        return points.findById(id);
    }

    public Slice<ServicePoint> list(ServicePointFilter filter, Pageable pageable) {
        Query query = Query.query(criteria(filter)).with(Sort.by("_id"))
                .skip((long) pageable.getPageNumber() * pageable.getPageSize()).limit(pageable.getPageSize() + 1);
        List<ServicePoint> found = mongo.find(query, ServicePoint.class);
        boolean hasNext = found.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? found.subList(0, pageable.getPageSize()) : found, pageable, hasNext);
    }

    /** Every point in an area or below it, unpaged: for reports over one county (tens to a few hundred points). */
    public List<ServicePoint> allIn(String areaCode) {
        return points.findByAreaChain(areas.get(areaCode).code());
    }

    private static Criteria criteria(ServicePointFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.type() != null) {
            criteria = criteria.and("type").is(filter.type());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.areaCode() != null) {
            criteria = criteria.and("areaChain").is(AreaCodes.canonical(filter.areaCode()));
        }
        return criteria;
    }

    private AdministrativeArea areaFor(ServicePointType type, String areaCode) {
        AdministrativeArea area = areas.find(areaCode).orElseThrow(() -> BusinessRuleException.generic("area-exists", "areaCode",
                "No area " + areaCode + "; register the area first"));
        if (!type.areaLevels().contains(area.level())) {
            throw BusinessRuleException.generic("area-level-for-type", "areaCode",
                    "A " + type + " belongs to an area of level " + type.areaLevels() + "; " + areaCode + " is a " + area.level());
        }
        return area;
    }

    private static void checkVersion(ServicePoint point, Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(point.version())) {
            throw new StaleVersionException(String.valueOf(expectedVersion), String.valueOf(point.version()));
        }
    }

    private static RegisterServicePoint withCanonicalArea(RegisterServicePoint command, String areaCode) {
        return new RegisterServicePoint(command.id(), command.type(), areaCode, command.name(), command.address(), command.location(),
                command.partner(), command.facilities());
    }

    /** {@code sp-<area code>-<6 random characters>}: readable where it is, unguessable enough to avoid collisions. */
    private String generateId(String areaCode) {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
        }
        return "sp-" + areaCode + "-" + suffix;
    }
}
