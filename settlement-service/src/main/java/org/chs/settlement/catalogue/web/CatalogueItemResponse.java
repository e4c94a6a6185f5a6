package org.chs.settlement.catalogue.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.CatalogueItem;
import org.chs.settlement.catalogue.ItemClass;

/** One 就医地目录 item as the API shows it. */
public record CatalogueItemResponse(String region, String itemCode, String name, ItemClass itemClass, BigDecimal selfPayFirstShare,
                                    BigDecimal quantityLimit, boolean restricted, List<String> qualifyingDiseaseCodes, Long version,
                                    Instant updatedAt, String updatedBy) {

    static CatalogueItemResponse of(CatalogueItem item) {
        CatalogueEntry e = item.entry();
        return new CatalogueItemResponse(item.region(), e.itemCode(), e.name(), e.itemClass(), e.selfPayFirstShare(), e.quantityLimit(),
                e.restricted(), e.qualifyingDiseaseCodes(), item.version(), item.updatedAt(), item.updatedBy());
    }
}
