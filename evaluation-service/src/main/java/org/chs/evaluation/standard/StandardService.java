package org.chs.evaluation.standard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chs.evaluation.scoring.StandardDefinition;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.NotFoundException;
import org.chs.platform.domain.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Use cases of the scoring standards (评分标准): seed, publish a version, look one up. */
@Service
public class StandardService {

    private static final Logger log = LoggerFactory.getLogger(StandardService.class);

    private final ScoringStandardRepository standards;

    public StandardService(ScoringStandardRepository standards) {
        this.standards = standards;
    }

    /** Inserts version 1 of each seeded standard unless it exists: idempotent, so every instance may run it at start. */
    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        for (SeededStandards.Seed seed : SeededStandards.all()) {
            if (standards.existsById(ScoringStandard.idOf(seed.definition().code(), seed.definition().version()))) {
                continue;
            }
            try {
                standards.insert(new ScoringStandard(seed.definition(), seed.name(), seed.nameZh(), seed.siteCategories(), true,
                        SeededStandards.DEFAULTS_NOTE));
                log.info("Seeded scoring standard {} v{}", seed.definition().code(), seed.definition().version());
            } catch (DuplicateKeyException anotherInstanceWasFaster) {
                // the same seed, inserted by a concurrent instance
            }
        }
    }

    public ScoringStandard publish(PublishStandard command) {
        int next = standards.findFirstByCodeOrderByStandardVersionDesc(command.code()).map(s -> s.standardVersion() + 1).orElse(1);
        StandardDefinition definition;
        try {
            definition = new StandardDefinition(command.code(), next, command.categories());
        } catch (IllegalArgumentException invalid) {
            throw new BusinessRuleException("invalid-standard", invalid.getMessage());
        }
        if (definition.maxTotal().signum() <= 0) {
            throw new BusinessRuleException("invalid-standard", "a standard needs at least one item with points");
        }
        try {
            return standards.insert(new ScoringStandard(definition, command.name(), command.nameZh(), command.siteCategories(),
                    command.defaultPoints(), command.note()));
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("standard-version-exists",
                    "Version " + next + " of " + command.code() + " was published concurrently; reload and try again");
        }
    }

    public ScoringStandard latest(String code) {
        return standards.findFirstByCodeOrderByStandardVersionDesc(code)
                .orElseThrow(() -> new NotFoundException("standard-not-found", "No scoring standard " + code));
    }

    public ScoringStandard version(String code, int version) {
        return standards.findById(ScoringStandard.idOf(code, version))
                .orElseThrow(() -> new NotFoundException("standard-not-found", "No version " + version + " of scoring standard " + code));
    }

    public ScoringStandard byId(String id) {
        return standards.findById(id).orElseThrow(() -> new NotFoundException("standard-not-found", "No scoring standard " + id));
    }

    public List<ScoringStandard> versions(String code) {
        List<ScoringStandard> versions = standards.findByCodeOrderByStandardVersionDesc(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("standard-not-found", "No scoring standard " + code);
        }
        return versions;
    }

    /** The latest version of every standard. */
    public List<ScoringStandard> latestOfEach() {
        Map<String, ScoringStandard> latest = standards.findAll().stream().collect(Collectors.toMap(ScoringStandard::code,
                Function.identity(), (a, b) -> a.standardVersion() >= b.standardVersion() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(ScoringStandard::code)).toList();
    }

    /** The latest version of the standard that scores sites of a declaration category. */
    public ScoringStandard latestFor(String siteCategory) {
        return latestOfEach().stream().filter(s -> s.scores(siteCategory)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("no-standard-for-category",
                        "No scoring standard scores sites of category " + siteCategory));
    }
}
