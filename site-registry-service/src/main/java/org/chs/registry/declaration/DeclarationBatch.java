package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 示范点申报批次 — one round of demonstration-site selection run by an agency for its area: the year and level, the categories
 * open with their quotas of sites to select, the phase deadlines, and the nominations of awarded sites to the next level.
 *
 * <p>Nominations live here, not on the declarations, because the quota ("1 grassroots + 1 DMI to the city") is an invariant
 * over the batch: one document, one {@code @Version}, so two administrators cannot both take the last place.
 */
@Document("declaration_batches")
public class DeclarationBatch implements HasOutbox {

    @Id
    private final String id;
    private final int year;
    private final AwardLevel level;
    private final String name;
    /** The agency's area; only points in it may be declared. */
    private final String areaCode;
    private final Map<DemonstrationCategory, Integer> quotas;
    private final Map<NominationGroup, Integer> nominationQuotas;
    private final LocalDate declarationDeadline;
    private final LocalDate constructionDeadline;
    private final LocalDate decisionDeadline;
    private final List<Nomination> nominations;

    @Version
    private Long version;
    @CreatedBy
    private String createdBy;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedBy
    private String lastModifiedBy;
    @LastModifiedDate
    private Instant lastModifiedAt;
    private List<OutboxMessage> outbox = new ArrayList<>();

    @PersistenceCreator
    DeclarationBatch(String id, int year, AwardLevel level, String name, String areaCode, Map<DemonstrationCategory, Integer> quotas,
                     Map<NominationGroup, Integer> nominationQuotas, LocalDate declarationDeadline, LocalDate constructionDeadline,
                     LocalDate decisionDeadline, List<Nomination> nominations) {
        this.id = id;
        this.year = year;
        this.level = level;
        this.name = name;
        this.areaCode = areaCode;
        this.quotas = quotas == null || quotas.isEmpty() ? new EnumMap<>(DemonstrationCategory.class) : new EnumMap<>(quotas);
        this.nominationQuotas = nominationQuotas == null || nominationQuotas.isEmpty() ? new EnumMap<>(NominationGroup.class)
                : new EnumMap<>(nominationQuotas);
        this.declarationDeadline = declarationDeadline;
        this.constructionDeadline = constructionDeadline;
        this.decisionDeadline = decisionDeadline;
        this.nominations = nominations == null ? new ArrayList<>() : new ArrayList<>(nominations);
    }

    static DeclarationBatch open(String id, OpenBatch command) {
        if (command.quotas().isEmpty()) {
            throw BusinessRuleException.generic("categories-not-empty", "quotas", "Open at least one category with a quota");
        }
        if (command.constructionDeadline().isBefore(command.declarationDeadline())
                || command.decisionDeadline().isBefore(command.constructionDeadline())) {
            throw BusinessRuleException.generic("deadlines-in-order", "decisionDeadline",
                    "Deadlines run declaration ≤ construction ≤ decision (DOMAIN §4.2: 15 May, end of June, end of September)");
        }
        if (command.declarationDeadline().getYear() != command.year()) {
            throw BusinessRuleException.generic("deadline-in-year", "declarationDeadline", "The declaration deadline falls in the batch year");
        }
        return new DeclarationBatch(id, command.year(), command.level(), command.name(), command.areaCode(), command.quotas(),
                command.nominationQuotas(), command.declarationDeadline(), command.constructionDeadline(), command.decisionDeadline(),
                List.of());
    }

    /** Declarations are taken for open categories until the deadline (inclusive, agency time). */
    void checkAcceptsDeclaration(DemonstrationCategory category, LocalDate today) {
        if (!quotas.containsKey(category)) {
            throw BusinessRuleException.generic("category-in-batch", "category",
                    "Batch " + id + " does not select " + category + " sites; open categories: " + quotas.keySet());
        }
        if (today.isAfter(declarationDeadline)) {
            throw BusinessRuleException.generic("declaration-deadline", "Declarations for batch " + id + " closed on " + declarationDeadline);
        }
    }

    /** Nominates an awarded site of this batch to the next level, within the quota of its group. */
    Nomination nominate(Declaration declaration, LocalDate on, String by, Instant at) {
        if (!declaration.batchId().equals(id)) {
            throw BusinessRuleException.generic("declaration-in-batch", "Declaration " + declaration.id() + " is not in batch " + id);
        }
        if (declaration.status() != DeclarationStatus.AWARDED || declaration.awardedLevel() != level) {
            throw BusinessRuleException.generic("nominate-awarded-only",
                    "Only a site awarded at this batch's level (" + level + ") can be nominated; " + declaration.id() + " is "
                            + declaration.status() + (declaration.awardedLevel() == null ? "" : " at " + declaration.awardedLevel()));
        }
        AwardLevel next = level.next();
        if (next == null) {
            throw BusinessRuleException.generic("no-higher-level", "A " + level + " site cannot be nominated higher");
        }
        if (nominations.stream().anyMatch(n -> n.declarationId().equals(declaration.id()))) {
            throw BusinessRuleException.generic("nominated-once", "Declaration " + declaration.id() + " is already nominated to " + next);
        }
        NominationGroup group = declaration.category().nominationGroup();
        long taken = nominations.stream().filter(n -> n.category().nominationGroup() == group).count();
        int quota = nominationQuotas.getOrDefault(group, 0);
        if (taken >= quota) {
            throw BusinessRuleException.generic("nomination-quota", "Batch " + id + " may nominate " + quota + " " + group + " site(s) to " + next
                    + " and has nominated " + taken);
        }
        Nomination nomination = new Nomination(declaration.id(), declaration.servicePointId(), declaration.category(), next, on, by, at);
        nominations.add(nomination);
        return nomination;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public AwardLevel level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String areaCode() {
        return areaCode;
    }

    public Map<DemonstrationCategory, Integer> quotas() {
        return Map.copyOf(quotas);
    }

    public Map<NominationGroup, Integer> nominationQuotas() {
        return Map.copyOf(nominationQuotas);
    }

    public LocalDate declarationDeadline() {
        return declarationDeadline;
    }

    public LocalDate constructionDeadline() {
        return constructionDeadline;
    }

    public LocalDate decisionDeadline() {
        return decisionDeadline;
    }

    public List<Nomination> nominations() {
        return List.copyOf(nominations);
    }

    public Long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }
}
