package org.chs.registry.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.shared.NotFoundException;

/**
 * 事项清单 — one version of the service-item list, immutable, with the lookups the authorisation query needs precomputed: this
 * is the in-memory index that answers "may a point of level L handle item X" without touching the database.
 */
public final class Catalogue {

    private final int version;
    private final Map<String, CatalogueEntry> entries;
    private final Map<HandlingLevel, List<CatalogueEntry>> itemsByLevel;
    private final int countyListSize;

    Catalogue(int version, List<CatalogueEntry> entries) {
        this.version = version;
        Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
        // The list's own order (the national list's, then additions at the end) is the order people read it in.
        entries.forEach(e -> byCode.put(e.code(), e));
        this.entries = Collections.unmodifiableMap(byCode);
        Map<HandlingLevel, List<CatalogueEntry>> byLevel = new EnumMap<>(HandlingLevel.class);
        for (HandlingLevel level : HandlingLevel.values()) {
            byLevel.put(level, byCode.values().stream().filter(e -> e.handledAt(level)).toList());
        }
        this.itemsByLevel = Collections.unmodifiableMap(byLevel);
        this.countyListSize = byLevel.get(HandlingLevel.COUNTY).size();
    }

    /** The catalogue before any version exists: nothing may be handled anywhere. */
    public static Catalogue empty() {
        return new Catalogue(0, List.of());
    }

    /** A first version from a full list, parents before children, every entry checked. */
    static Catalogue seed(int version, List<CatalogueEntry> entries) {
        Catalogue catalogue = new Catalogue(version, List.of());
        for (CatalogueEntry entry : entries) {
            catalogue = catalogue.add(entry);
        }
        return new Catalogue(version, new ArrayList<>(catalogue.entries.values()));
    }

    Catalogue add(CatalogueEntry entry) {
        if (entries.containsKey(entry.code())) {
            throw BusinessRuleException.generic("code-unique", "code", "Entry " + entry.code() + " is already in the catalogue; update it instead");
        }
        CatalogueRules.check(entry, this);
        List<CatalogueEntry> next = new ArrayList<>(entries.values());
        next.add(entry);
        return new Catalogue(version, next);
    }

    /** Replaces an entry's content; its code, kind and parent are its place in the tree and stay. */
    Catalogue update(String code, CatalogueEntry replacement) {
        CatalogueEntry current = entry(code).orElseThrow(() -> new NotFoundException("catalogue entry", code));
        CatalogueEntry entry = new CatalogueEntry(current.code(), replacement.name(), current.kind(), current.parentCode(),
                replacement.materials(), replacement.timeLimitWorkingDays(), replacement.instant(), replacement.onlineCapable(),
                replacement.legalBasis(), replacement.handlingLevels());
        CatalogueRules.check(entry, this);
        List<CatalogueEntry> next = new ArrayList<>(entries.values());
        next.replaceAll(e -> e.code().equals(code) ? entry : e);
        return new Catalogue(version, next);
    }

    Catalogue remove(String code) {
        entry(code).orElseThrow(() -> new NotFoundException("catalogue entry", code));
        if (!children(code).isEmpty()) {
            throw BusinessRuleException.generic("no-children", "code", "Entry " + code + " still has entries under it; remove those first");
        }
        List<CatalogueEntry> next = new ArrayList<>(entries.values());
        next.removeIf(e -> e.code().equals(code));
        return new Catalogue(version, next);
    }

    Catalogue withVersion(int newVersion) {
        return new Catalogue(newVersion, new ArrayList<>(entries.values()));
    }

    public int version() {
        return version;
    }

    public Optional<CatalogueEntry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code));
    }

    /** All entries, in the list's order. */
    public List<CatalogueEntry> entries() {
        return List.copyOf(entries.values());
    }

    public List<CatalogueEntry> children(String code) {
        return entries.values().stream().filter(e -> code.equals(e.parentCode())).toList();
    }

    /** The handleable items a level may handle, in the list's order. */
    public List<CatalogueEntry> itemsAt(HandlingLevel level) {
        return itemsByLevel.get(level);
    }

    /** The number of items on the county list: the denominator of the grassroots 30 % rule. */
    public int countyListSize() {
        return countyListSize;
    }
}
