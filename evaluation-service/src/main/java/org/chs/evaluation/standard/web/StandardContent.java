package org.chs.evaluation.standard.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.chs.evaluation.scoring.CategoryDefinition;
import org.chs.evaluation.scoring.Clause;
import org.chs.evaluation.scoring.ClauseGroup;
import org.chs.evaluation.scoring.Comparison;
import org.chs.evaluation.scoring.ItemDefinition;
import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.Rule;
import org.chs.evaluation.scoring.RuleKind;

/** The JSON shape of a scoring standard's (评分标准) content (categories → items → rules), in requests and responses alike. */
public final class StandardContent {

    private StandardContent() {
    }

    /** 评分类别. */
    public record CategoryBody(@NotBlank String code, @NotBlank String name, String nameZh, @NotEmpty List<@Valid ItemBody> items) {
    }

    /** 评分项. */
    public record ItemBody(@NotBlank String code, @NotBlank String name, String nameZh, @NotNull @PositiveOrZero BigDecimal maxPoints,
                           List<@Valid ClauseBody> clauses, @NotNull @Valid RuleBody rule, String source) {
    }

    /** 条款. */
    public record ClauseBody(@NotBlank String code, String text) {
    }

    /** 规则: only the fields of its kind are used (see the README's rule kinds). */
    public record RuleBody(@NotNull RuleKind kind, List<@Valid ClauseGroupBody> caseGroups,
                           @DecimalMin("0") BigDecimal pointsPerClause, @DecimalMin("0") BigDecimal cap, Metric metric,
                           Comparison comparison, BigDecimal bound, String condition) {
    }

    /** 扣分组. */
    public record ClauseGroupBody(@NotEmpty List<String> clauses, @NotNull @DecimalMin("0.01") BigDecimal pointsPerCase) {
    }

    static List<CategoryDefinition> toDomain(List<CategoryBody> categories) {
        return categories.stream().map(c -> new CategoryDefinition(c.code(), c.name(), c.nameZh(), c.items().stream()
                .map(i -> new ItemDefinition(i.code(), i.name(), i.nameZh(), i.maxPoints(),
                        i.clauses() == null ? List.of() : i.clauses().stream().map(cl -> new Clause(cl.code(), cl.text())).toList(),
                        new Rule(i.rule().kind(), i.rule().caseGroups() == null ? null : i.rule().caseGroups().stream()
                                .map(g -> new ClauseGroup(g.clauses(), g.pointsPerCase())).toList(), i.rule().pointsPerClause(),
                                i.rule().cap(), i.rule().metric(), i.rule().comparison(), i.rule().bound(), i.rule().condition()),
                        i.source()))
                .toList())).toList();
    }

    static List<CategoryBody> fromDomain(List<CategoryDefinition> categories) {
        return categories.stream().map(c -> new CategoryBody(c.code(), c.name(), c.nameZh(), c.items().stream()
                .map(i -> new ItemBody(i.code(), i.name(), i.nameZh(), i.maxPoints(),
                        i.clauses().stream().map(cl -> new ClauseBody(cl.code(), cl.text())).toList(),
                        new RuleBody(i.rule().kind(), i.rule().caseGroups().isEmpty() ? null : i.rule().caseGroups().stream()
                                .map(g -> new ClauseGroupBody(g.clauses(), g.pointsPerCase())).toList(),
                                i.rule().pointsPerClause(), i.rule().cap(), i.rule().metric(), i.rule().comparison(),
                                i.rule().bound(), i.rule().condition()),
                        i.source()))
                .toList())).toList();
    }
}
