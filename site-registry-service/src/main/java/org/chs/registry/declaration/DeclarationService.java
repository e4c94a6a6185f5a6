package org.chs.registry.declaration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.area.AreaService;
import org.chs.registry.authorisation.AuthorisationService;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.shared.AlreadyExistsException;
import org.chs.registry.shared.InvalidFieldsException;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * 示范点申报服务 — the use cases of demonstration-site selection: open batches, declare candidates, record their construction and
 * review, apply evaluation-service's scores, vetoes and awards (idempotently), nominate awarded sites to the next level, and
 * pre-check candidates against the construction standards.
 */
@Service
public class DeclarationService {

    /** The agency's calendar: deadlines and effective dates are dates in China Standard Time. */
    public static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(DeclarationService.class);

    private final DeclarationRepository declarations;
    private final DeclarationBatchRepository batches;
    private final MongoTemplate mongo;
    private final ServicePointService points;
    private final AreaService areas;
    private final AuthorisationService authorisations;
    private final ConstructionStandards standards;
    private final DeclarationEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeclarationService(DeclarationRepository declarations, DeclarationBatchRepository batches, MongoTemplate mongo,
                              ServicePointService points, AreaService areas, AuthorisationService authorisations,
                              ConstructionStandards standards, DeclarationEvents events, Clock clock) {
        this.declarations = declarations;
        this.batches = batches;
        this.mongo = mongo;
        this.points = points;
        this.areas = areas;
        this.authorisations = authorisations;
        this.standards = standards;
        this.events = events;
        this.clock = clock;
    }

    // ---- batches ----

    public DeclarationBatch openBatch(OpenBatch command) {
        if (command.id() != null && !command.id().matches("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")) {
            throw InvalidFieldsException.of("id", "id-format", "id must be 3-64 lower-case letters, digits or inner hyphens");
        }
        if (areas.find(command.areaCode()).isEmpty()) {
            throw BusinessRuleException.generic("area-exists", "areaCode", "No area " + command.areaCode());
        }
        String id = command.id() != null ? command.id()
                : "batch-" + command.year() + "-" + command.level().name().toLowerCase() + "-" + Integer.toString(1000 + random.nextInt(9000));
        OpenBatch canonical = new OpenBatch(id, command.year(), command.level(), command.name(), areas.get(command.areaCode()).code(),
                command.quotas(), command.nominationQuotas(), command.declarationDeadline(), command.constructionDeadline(),
                command.decisionDeadline());
        try {
            return batches.insert(DeclarationBatch.open(id, canonical));
        } catch (DuplicateKeyException duplicate) {
            throw new AlreadyExistsException("declaration batch", id, "Batch " + id + " already exists");
        }
    }

    public DeclarationBatch batch(String id) {
        return batches.findById(id).orElseThrow(() -> new NotFoundException("declaration batch", id));
    }

    public Optional<DeclarationBatch> findBatch(String id) {
        return batches.findById(id);
    }

    /** Newest year first. */
    public Slice<DeclarationBatch> batches(Pageable pageable) {
        return batches.findAllBy(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id"))));
    }

    // ---- declarations ----

    /** Declares a point as a candidate in a batch; one declaration per point and batch. */
    public Declaration declare(String batchId, String servicePointId, DemonstrationCategory category, String actor) {
        DeclarationBatch batch = batch(batchId);
        ServicePoint point = points.find(servicePointId).orElseThrow(() -> BusinessRuleException.generic("point-exists", "servicePointId",
                "No service point " + servicePointId));
        if (!point.active()) {
            throw BusinessRuleException.generic("point-active", "servicePointId", "Service point " + servicePointId + " is " + point.status());
        }
        if (!point.areaChain().contains(batch.areaCode())) {
            throw BusinessRuleException.generic("point-in-batch-area", "servicePointId",
                    "Service point " + servicePointId + " is not in the batch's area " + batch.areaCode());
        }
        LocalDate today = today();
        batch.checkAcceptsDeclaration(category, today);
        String id = "dcl-" + batch.id() + "-" + point.id();
        Declaration declaration = Declaration.declare(id, batch, point, category, today, actor, clock.instant());
        events.stage(declaration, List.of(new DeclarationEvent.SiteDeclared(declaration.id(), batch.id(), point.id(), point.name(),
                point.type(), category, batch.level(), batch.year(), point.areaCode(), today, clock.instant())));
        try {
            return declarations.insert(declaration);
        } catch (DuplicateKeyException duplicate) {
            String existing = declarations.findByBatchIdAndServicePointId(batch.id(), point.id()).map(Declaration::id).orElse(id);
            throw new AlreadyExistsException("declaration", existing,
                    "Service point " + point.id() + " is already declared in batch " + batch.id());
        }
    }

    /** Records a step of construction or review, or that a scored site was not selected. */
    public Declaration advance(String declarationId, DeclarationStatus to, LocalDate effectiveOn, String note, String actor,
                               Long expectedVersion) {
        Declaration declaration = get(declarationId);
        if (expectedVersion != null && !expectedVersion.equals(declaration.version())) {
            throw new StaleVersionException(String.valueOf(expectedVersion), String.valueOf(declaration.version()));
        }
        LocalDate today = today();
        DeclarationTransition transition = declaration.advance(to, effectiveOn == null ? today : effectiveOn, today, note, actor,
                clock.instant());
        stageStatusChanged(declaration, transition, null);
        return declarations.save(declaration);
    }

    /** Nominates an awarded site to the next level within its batch's quota; the nomination is kept and published by the batch. */
    public Nomination nominate(String declarationId, LocalDate effectiveOn, String actor) {
        Declaration declaration = get(declarationId);
        DeclarationBatch batch = batch(declaration.batchId());
        LocalDate today = today();
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        if (on.isAfter(today)) {
            throw BusinessRuleException.generic("effective-date-not-future", "effectiveOn", "The effective date " + on + " is in the future");
        }
        Nomination nomination = batch.nominate(declaration, on, actor, clock.instant());
        events.stage(batch, List.of(new DeclarationEvent.SiteStatusChanged(declaration.id(), batch.id(), declaration.servicePointId(),
                declaration.status(), declaration.status(), declaration.awardedLevel(), nomination.toLevel(), on,
                "nominated to " + nomination.toLevel() + " selection", clock.instant())));
        batches.save(batch);
        return nomination;
    }

    /**
     * Applies a finalised evaluation (evaluation.finalized.v1) once: a redelivery of the same event id is a no-op, decided in the
     * same document write that applies it.
     *
     * @return whether the declaration changed
     */
    public boolean recordEvaluation(String eventId, EvaluationResult event, Instant occurredAt) {
        Declaration declaration = get(event.declarationId());
        if (declaration.hasApplied(eventId)) {
            return false;
        }
        checkSamePoint(declaration, event.servicePointId());
        Optional<DeclarationTransition> transition = declaration.recordEvaluation(eventId, event.evaluationId(), event.score(),
                event.vetoed(), event.vetoReason(), occurredAt.atZone(AGENCY_ZONE).toLocalDate(), clock.instant());
        if (transition.isEmpty()) {
            log.info("Evaluation {} for declaration {} repeats what is recorded; nothing to do", event.evaluationId(), declaration.id());
            return false;
        }
        stageStatusChanged(declaration, transition.get(), null);
        declarations.save(declaration);
        return true;
    }

    /** Applies an award (demonstration-site.awarded.v1) once; see {@link #recordEvaluation}. */
    public boolean recordAward(String eventId, AwardDecision event, Instant occurredAt) {
        Declaration declaration = get(event.declarationId());
        if (declaration.hasApplied(eventId)) {
            return false;
        }
        checkSamePoint(declaration, event.servicePointId());
        AwardLevel level;
        try {
            level = AwardLevel.valueOf(event.level());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw BusinessRuleException.generic("award-level", "level", "Unknown award level " + event.level());
        }
        Optional<DeclarationTransition> transition = declaration.recordAward(eventId, level, occurredAt.atZone(AGENCY_ZONE).toLocalDate(),
                clock.instant());
        if (transition.isEmpty()) {
            return false;
        }
        stageStatusChanged(declaration, transition.get(), null);
        declarations.save(declaration);
        return true;
    }

    public Declaration get(String id) {
        return declarations.findById(id).orElseThrow(() -> new NotFoundException("declaration", id));
    }

    public Slice<Declaration> list(DeclarationFilter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.batchId() != null) {
            criteria = criteria.and("batchId").is(filter.batchId());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.category() != null) {
            criteria = criteria.and("category").is(filter.category());
        }
        if (filter.servicePointId() != null) {
            criteria = criteria.and("servicePointId").is(filter.servicePointId());
        }
        if (filter.awardedLevel() != null) {
            criteria = criteria.and("awardedLevel").is(filter.awardedLevel());
        }
        Query query = Query.query(criteria).with(Sort.by("_id"))
                .skip((long) pageable.getPageNumber() * pageable.getPageSize()).limit(pageable.getPageSize() + 1);
        List<Declaration> found = mongo.find(query, Declaration.class);
        boolean hasNext = found.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? found.subList(0, pageable.getPageSize()) : found, pageable, hasNext);
    }

    /** The nominations of several declarations by declaration id, reading each batch once (a page of a list). */
    public Map<String, Nomination> nominationsOf(Collection<Declaration> page) {
        Map<String, Nomination> nominations = new HashMap<>();
        page.stream().map(Declaration::batchId).distinct().forEach(batchId -> findBatch(batchId)
                .ifPresent(batch -> batch.nominations().forEach(n -> nominations.put(n.declarationId(), n))));
        return nominations;
    }

    /** The nomination of a declaration, if its batch nominated it. */
    public Optional<Nomination> nominationOf(Declaration declaration) {
        return findBatch(declaration.batchId()).flatMap(batch -> batch.nominations().stream()
                .filter(n -> n.declarationId().equals(declaration.id())).findFirst());
    }

    // ---- pre-check ----

    public PreCheck.Report preCheck(String declarationId) {
        Declaration declaration = get(declarationId);
        return preCheck(declaration.servicePointId(), declaration.category());
    }

    /** The pre-check of a point for a category, from its current facilities: also usable before declaring. */
    public PreCheck.Report preCheck(String servicePointId, DemonstrationCategory category) {
        ServicePoint point = points.get(servicePointId);
        if (!category.accepts(point.type())) {
            throw BusinessRuleException.generic("category-for-point-type", "category",
                    "A " + point.type() + " cannot be a " + category + " site; that category takes " + category.pointTypes());
        }
        long population = areas.get(point.areaCode()).population();
        return PreCheck.evaluate(point, category, population, authorisations.delegationOf(point), standards);
    }

    private void stageStatusChanged(Declaration declaration, DeclarationTransition transition, AwardLevel nominatedLevel) {
        events.stage(declaration, List.of(new DeclarationEvent.SiteStatusChanged(declaration.id(), declaration.batchId(),
                declaration.servicePointId(), transition.to(), transition.from(), declaration.awardedLevel(), nominatedLevel,
                transition.effectiveOn(), transition.note(), transition.recordedAt())));
    }

    private static void checkSamePoint(Declaration declaration, String servicePointId) {
        if (servicePointId != null && !servicePointId.equals(declaration.servicePointId())) {
            throw BusinessRuleException.generic("declaration-point", "servicePointId", "Declaration " + declaration.id() + " is for "
                    + declaration.servicePointId() + ", the event names " + servicePointId);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AGENCY_ZONE);
    }
}
