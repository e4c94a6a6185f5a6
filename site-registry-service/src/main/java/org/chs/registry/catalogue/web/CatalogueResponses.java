package org.chs.registry.catalogue.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueChange;
import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.CatalogueVersion;
import org.chs.registry.catalogue.EntryKind;
import org.chs.registry.catalogue.HandlingLevel;

/** 事项清单响应 — the catalogue as the API shows it: the tree of one version, single items, version summaries. */
final class CatalogueResponses {

    private CatalogueResponses() {
    }

    /** A handleable sub-item (子项). */
    record ItemResponse(String code, String name, String mainItemCode, List<String> materials, int timeLimitWorkingDays,
                        boolean instant, boolean onlineCapable, String legalBasis, Set<HandlingLevel> handlingLevels) {

        static ItemResponse of(CatalogueEntry item) {
            return new ItemResponse(item.code(), item.name(), item.parentCode(), item.materials(), item.timeLimitWorkingDays(),
                    item.instant(), item.onlineCapable(), item.legalBasis(), item.handlingLevels());
        }
    }

    /** Any entry: a category, main item or sub-item (handling fields only on sub-items). */
    record EntryResponse(int catalogueVersion, String code, String name, EntryKind kind, String parentCode, List<String> materials,
                         Integer timeLimitWorkingDays, Boolean instant, Boolean onlineCapable, String legalBasis,
                         Set<HandlingLevel> handlingLevels) {

        static EntryResponse of(int version, CatalogueEntry e) {
            return new EntryResponse(version, e.code(), e.name(), e.kind(), e.parentCode(), e.materials(), e.timeLimitWorkingDays(),
                    e.instant(), e.onlineCapable(), e.legalBasis(), e.handlingLevels());
        }
    }

    /** 主项 with its sub-items. */
    record MainItemNode(String code, String name, List<ItemResponse> subItems) {
    }

    /** 类别 with its main items. */
    record CategoryNode(String code, String name, List<MainItemNode> mainItems) {
    }

    /** One version of the list as a tree, with the size of the county list (the denominator of the 30 % rule). */
    record CatalogueTreeResponse(int version, int countyListSize, List<CategoryNode> categories) {

        static CatalogueTreeResponse of(Catalogue catalogue) {
            List<CategoryNode> categories = catalogue.entries().stream().filter(e -> e.kind() == EntryKind.CATEGORY)
                    .map(category -> new CategoryNode(category.code(), category.name(), catalogue.children(category.code()).stream()
                            .map(main -> new MainItemNode(main.code(), main.name(),
                                    catalogue.children(main.code()).stream().map(ItemResponse::of).toList()))
                            .toList()))
                    .toList();
            return new CatalogueTreeResponse(catalogue.version(), catalogue.countyListSize(), categories);
        }
    }

    /** The handleable items of one version, optionally for one level. */
    record ItemListResponse(int version, HandlingLevel level, List<ItemResponse> items) {
    }

    /** What a change made: the new version and the change. */
    record ChangeResponse(int version, int previousVersion, CatalogueChange change) {

        static ChangeResponse of(CatalogueVersion v) {
            return new ChangeResponse(v.number(), v.previousNumber(), v.change());
        }
    }

    /** One stored version, without its entries. */
    record VersionSummary(int version, int previousVersion, CatalogueChange change, int entryCount, String createdBy, Instant createdAt) {

        static VersionSummary of(CatalogueVersion v) {
            return new VersionSummary(v.number(), v.previousNumber(), v.change(), v.entries().size(), v.createdBy(), v.createdAt());
        }
    }
}
