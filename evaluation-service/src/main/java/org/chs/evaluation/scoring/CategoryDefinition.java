package org.chs.evaluation.scoring;

import java.util.List;
import java.util.Objects;

/**
 * 评分类别 — a category of a scoring standard and its items.
 *
 * @param code   e.g. {@code G} or {@code DMI-3}
 * @param name   English name
 * @param nameZh Chinese name (an inferred label where the source lost it, DOMAIN §5.0)
 * @param items  the items
 */
public record CategoryDefinition(String code, String name, String nameZh, List<ItemDefinition> items) {

    public CategoryDefinition {
        Objects.requireNonNull(code, "code");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
