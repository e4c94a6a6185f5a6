package org.chs.evaluation.ranking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chs.evaluation.evaluation.Evaluation;
import org.chs.evaluation.evaluation.EvaluationService;
import org.chs.evaluation.evaluation.EvaluationStatus;
import org.chs.evaluation.ranking.CategoryRanking.RankedSite;
import org.chs.evaluation.scoring.Outcome;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.NotFoundException;
import org.chs.platform.domain.BusinessRuleException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Use cases of rankings and awards (评选与授牌): batches with quotas, rankings per category, publishing the awards. */
@Service
public class RankingService {

    private final BatchRepository batches;
    private final EvaluationService evaluations;
    private final RankingProperties properties;
    private final RankingEvents events;
    private final Clock clock;

    public RankingService(BatchRepository batches, EvaluationService evaluations, RankingProperties properties, RankingEvents events,
                          Optional<Clock> clock) {
        this.batches = batches;
        this.evaluations = evaluations;
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates the batch with the platform's defaults unless it exists; idempotent for redelivered declarations. */
    public Batch ensureBatch(String batchId, String level, int year) {
        return batches.findById(batchId).orElseGet(() -> {
            try {
                return batches.insert(Batch.open(batchId, level, year, properties.defaultQuota(), properties.awardThreshold()));
            } catch (DuplicateKeyException concurrent) {
                return batches.findById(batchId).orElseThrow(() -> concurrent);
            }
        });
    }

    public Batch batch(String batchId) {
        return batches.findById(batchId).orElseGet(() -> {
            // a batch opened only through the admin API: create it from its evaluations
            List<Evaluation> members = evaluations.ofBatch(batchId);
            if (members.isEmpty()) {
                throw new NotFoundException("batch-not-found", "No batch " + batchId);
            }
            return ensureBatch(batchId, members.get(0).level(), members.get(0).year());
        });
    }

    public List<Batch> list() {
        return batches.findAll(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("id")));
    }

    public Batch configure(String batchId, Map<String, Integer> quotas, Integer defaultQuota, BigDecimal threshold) {
        Batch batch = batch(batchId);
        batch.configure(quotas, defaultQuota, threshold);
        return batches.save(batch);
    }

    /** Every category of the batch, ranked. */
    public List<CategoryRanking> rankings(String batchId) {
        Batch batch = batch(batchId);
        Map<String, List<Evaluation>> byCategory = new TreeMap<>();
        evaluations.ofBatch(batchId).forEach(e -> byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e));
        List<CategoryRanking> rankings = new ArrayList<>();
        byCategory.forEach((category, members) -> rankings.add(rank(batch, category, members)));
        return rankings;
    }

    private static CategoryRanking rank(Batch batch, String category, List<Evaluation> members) {
        int quota = batch.quotaFor(category);
        List<Evaluation> scored = members.stream().filter(e -> e.status() == EvaluationStatus.FINALIZED && e.outcome() == Outcome.SCORED)
                .sorted(Comparator.comparing(Evaluation::score).reversed().thenComparing(Evaluation::declarationId)).toList();
        List<RankedSite> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Evaluation e = scored.get(i);
            int rank = i > 0 && e.score().compareTo(scored.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            boolean awardable = rank <= quota && e.score().compareTo(batch.awardThreshold()) >= 0;
            ranked.add(site(rank, e, awardable ? null : reasonNotAwardable(rank, quota, e, batch), awardable));
        }
        List<RankedSite> vetoed = apart(members, Outcome.VETOED);
        List<RankedSite> ineligible = apart(members, Outcome.INELIGIBLE);
        List<RankedSite> pending = members.stream().filter(e -> e.status() != EvaluationStatus.FINALIZED)
                .map(e -> site(null, e, "evaluation not finalised", false)).toList();
        return new CategoryRanking(category, quota, batch.awardThreshold(), ranked, vetoed, ineligible, pending);
    }

    private static String reasonNotAwardable(int rank, int quota, Evaluation e, Batch batch) {
        return rank > quota ? "beyond the quota of " + quota : "score below the threshold of " + batch.awardThreshold().toPlainString();
    }

    private static List<RankedSite> apart(List<Evaluation> members, Outcome outcome) {
        return members.stream().filter(e -> e.status() == EvaluationStatus.FINALIZED && e.outcome() == outcome)
                .map(e -> site(null, e, String.join("; ", e.scorecard().result().reasons()), false)).toList();
    }

    private static RankedSite site(Integer rank, Evaluation e, String reason, boolean awardable) {
        return new RankedSite(rank, e.id(), e.declarationId(), e.servicePointId(), e.servicePointName(), e.score(), reason, awardable);
    }

    /**
     * Publishes the batch: awards the best non-vetoed, eligible sites at or above the threshold within each category's quota, and
     * stages one {@code demonstration-site.awarded.v1} per award in the batch's outbox — one document write.
     */
    public Batch publish(String batchId, Actor actor) {
        Batch batch = batch(batchId);
        List<CategoryRanking> rankings = rankings(batchId);
        List<String> unfinished = rankings.stream().flatMap(r -> r.pending().stream()).map(RankedSite::evaluationId).toList();
        if (!unfinished.isEmpty()) {
            throw new ConflictException("evaluations-open", "Batch " + batchId + " has evaluations that are not finalised: " + unfinished,
                    Map.of("openEvaluations", unfinished));
        }
        List<Award> awards = new ArrayList<>();
        for (CategoryRanking ranking : rankings) {
            List<RankedSite> winners = ranking.ranked().stream().filter(RankedSite::awardable).toList();
            if (winners.size() > ranking.quota()) {
                // sites tied on the last place: the quota cannot be kept without an arbitrary choice, so the administrator decides
                throw new BusinessRuleException("tie-at-quota", "Category " + ranking.category() + " has " + winners.size()
                        + " sites tied within a quota of " + ranking.quota() + ": change the quota of " + ranking.category());
            }
            winners.forEach(w -> awards.add(new Award(w.declarationId(), w.evaluationId(), w.servicePointId(), ranking.category(),
                    w.score(), w.rank())));
        }
        batch.publish(awards, actor.name(), clock.instant());
        Instant published = clock.instant();
        events.stage(batch, awards.stream().<RankingEvent>map(award -> new RankingEvent.SiteAwarded(award.declarationId(), batch.id(),
                award.servicePointId(), batch.level(), batch.year(), award.rank(), published)).toList());
        return batches.save(batch);
    }
}
