package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 评分标准 — the content of one version of a scoring standard: categories, items and rules.
 *
 * @param code       e.g. {@code GRASSROOTS_SITE}
 * @param version    1, 2, …
 * @param categories the categories in order
 */
public record StandardDefinition(String code, int version, List<CategoryDefinition> categories) {

    public StandardDefinition {
        Objects.requireNonNull(code, "code");
        categories = categories == null ? List.of() : List.copyOf(categories);
        Set<String> codes = new HashSet<>();
        categories.stream().flatMap(c -> c.items().stream()).forEach(item -> {
            if (!codes.add(item.code())) {
                throw new IllegalArgumentException("item " + item.code() + " appears twice");
            }
        });
    }

    public Stream<ItemDefinition> items() {
        return categories.stream().flatMap(c -> c.items().stream());
    }

    public Optional<ItemDefinition> item(String itemCode) {
        return items().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The sum of the items' points: the best possible score. */
    public BigDecimal maxTotal() {
        return items().map(ItemDefinition::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
