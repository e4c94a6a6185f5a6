package org.chs.evaluation.scoring;

import java.util.Objects;

/**
 * 评分细则条款 — one numbered requirement of an item (①, ②, …).
 *
 * @param code the source numbering, e.g. {@code ①}
 * @param text the requirement, in Chinese as in the source
 */
public record Clause(String code, String text) {

    public Clause {
        Objects.requireNonNull(code, "code");
    }
}
