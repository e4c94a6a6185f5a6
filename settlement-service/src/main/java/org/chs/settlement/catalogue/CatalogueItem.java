package org.chs.settlement.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 就医地目录条目 — one item of the treatment region's catalogue: what the fund pays for care given there ("就医地目录").
 * One document per (region, item code), so an import of thousands of items is a bulk of independent upserts.
 */
@Document("catalogue_items")
public class CatalogueItem {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String region;
    private String itemCode;
    private String name;
    private ItemClass itemClass;
    private BigDecimal selfPayFirstShare;
    private BigDecimal quantityLimit;
    private boolean restricted;
    private List<String> qualifyingDiseaseCodes = new ArrayList<>();
    private Instant updatedAt;
    private String updatedBy;

    CatalogueItem() {
    }

    static String key(String region, String itemCode) {
        return region + "|" + itemCode;
    }

    static CatalogueItem of(String region, CatalogueEntry entry, Instant now, String actor) {
        CatalogueItem item = new CatalogueItem();
        item.id = key(region, entry.itemCode());
        item.region = region;
        item.itemCode = entry.itemCode();
        item.replace(entry, now, actor);
        return item;
    }

    void replace(CatalogueEntry entry, Instant now, String actor) {
        name = entry.name();
        itemClass = entry.itemClass();
        selfPayFirstShare = entry.itemClass() == ItemClass.CLASS_B ? entry.selfPayFirstShare() : null;
        quantityLimit = entry.quantityLimit();
        restricted = entry.restricted();
        qualifyingDiseaseCodes = new ArrayList<>(entry.qualifyingDiseaseCodes());
        updatedAt = now;
        updatedBy = actor;
    }

    public CatalogueEntry entry() {
        return new CatalogueEntry(itemCode, name, itemClass, selfPayFirstShare, quantityLimit, restricted, qualifyingDiseaseCodes);
    }

    public String region() {
        return region;
    }

    public String itemCode() {
        return itemCode;
    }

    public Long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
