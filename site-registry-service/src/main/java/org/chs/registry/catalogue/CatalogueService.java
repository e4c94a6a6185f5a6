package org.chs.registry.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.chs.registry.catalogue.CatalogueChange.ChangeType;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** 事项清单服务 — the use cases on the service-item list: read any version, change it (each change is a new version), seed it. */
@Service
public class CatalogueService {

    private final CatalogueVersionRepository versions;
    private final CurrentCatalogue current;
    private final CatalogueEvents events;
    private final Clock clock;

    public CatalogueService(CatalogueVersionRepository versions, CurrentCatalogue current, CatalogueEvents events, Clock clock) {
        this.versions = versions;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** The current version, from memory. */
    public Catalogue current() {
        return current.get();
    }

    public Catalogue at(int version) {
        if (version == current().version()) {
            return current();
        }
        return version(version).toCatalogue();
    }

    public CatalogueVersion version(int number) {
        return versions.findById(number).orElseThrow(() -> new NotFoundException("catalogue version", String.valueOf(number)));
    }

    /** Newest first. */
    public Slice<CatalogueVersion> versions(Pageable pageable) {
        return versions.findAllBy(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "number")));
    }

    public CatalogueVersion add(CatalogueEntry entry, Integer expectedVersion, String actor) {
        return change(expectedVersion, actor, catalogue -> catalogue.add(entry),
                new CatalogueChange(ChangeType.ADDED, List.of(entry.code()), "added " + entry.code() + " " + entry.name()));
    }

    public CatalogueVersion update(String code, CatalogueEntry entry, Integer expectedVersion, String actor) {
        return change(expectedVersion, actor, catalogue -> catalogue.update(code, entry),
                new CatalogueChange(ChangeType.UPDATED, List.of(code), "updated " + code));
    }

    public CatalogueVersion remove(String code, Integer expectedVersion, String actor) {
        return change(expectedVersion, actor, catalogue -> catalogue.remove(code),
                new CatalogueChange(ChangeType.REMOVED, List.of(code), "removed " + code));
    }

    /**
     * Makes version 1 from a full list unless a catalogue exists; a second call, or a racing instance, changes nothing.
     *
     * @return whether this call created version 1
     */
    public boolean seedIfEmpty(List<CatalogueEntry> entries, String summary, String actor) {
        if (versions.existsById(1)) {
            return false;
        }
        Catalogue seeded = Catalogue.seed(1, entries);
        CatalogueChange change = new CatalogueChange(ChangeType.SEEDED, seeded.entries().stream().map(CatalogueEntry::code).toList(), summary);
        try {
            versions.insert(staged(CatalogueVersion.of(seeded, 0, change, actor, clock.instant()), seeded));
        } catch (DuplicateKeyException alreadySeeded) {
            return false;
        }
        current.offer(seeded);
        return true;
    }

    private CatalogueVersion change(Integer expectedVersion, String actor, UnaryOperator<Catalogue> edit, CatalogueChange change) {
        // Edit what is stored, not the cached copy: another instance may have made a newer version a moment ago.
        Catalogue base = versions.findFirstByOrderByNumberDesc().map(CatalogueVersion::toCatalogue).orElseGet(Catalogue::empty);
        if (expectedVersion != null && expectedVersion != base.version()) {
            throw new StaleVersionException("v" + expectedVersion, "v" + base.version());
        }
        Catalogue next = edit.apply(base).withVersion(base.version() + 1);
        CatalogueVersion stored;
        try {
            stored = versions.insert(staged(CatalogueVersion.of(next, base.version(), change, actor, clock.instant()), next));
        } catch (DuplicateKeyException raced) {
            throw new OptimisticLockingFailureException("Catalogue version " + next.version() + " was created concurrently", raced);
        }
        current.offer(next);
        return stored;
    }

    private CatalogueVersion staged(CatalogueVersion version, Catalogue catalogue) {
        events.stage(version, List.of(new CatalogueEvent.CatalogueChanged(version.number(), version.previousNumber(), version.change(),
                catalogue.countyListSize(), version.createdAt())));
        return version;
    }
}
