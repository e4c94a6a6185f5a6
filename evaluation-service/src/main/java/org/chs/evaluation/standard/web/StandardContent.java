package org.chs.evaluation.standard.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

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
    public record CategoryBody(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
                               @Size(max = 200) String nameZh, @NotEmpty @Size(max = 200) List<@Valid ItemBody> items) {
    }

    /** 评分项. */
    public record ItemBody(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh,
                           @NotNull @PositiveOrZero @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal maxPoints,
                           @Size(max = 100) List<@Valid ClauseBody> clauses, @NotNull @Valid RuleBody rule, @Size(max = 500) String source) {
    }

    /** 条款. */
    public record ClauseBody(@NotBlank @Size(max = 40) String code, @Size(max = 2000) String text) {
    }

    /** 规则: only the fields of its kind are used (see the README's rule kinds). */
    public record RuleBody(@NotNull RuleKind kind, @Size(max = 100) List<@Valid ClauseGroupBody> caseGroups,
                           @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal pointsPerClause,
                           @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal cap, Metric metric,
                           Comparison comparison, @Digits(integer = 9, fraction = 4) BigDecimal bound, @Size(max = 500) String condition) {
    }

    /** 扣分组. */
    public record ClauseGroupBody(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 40) String> clauses,
                                  @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal pointsPerCase) {
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
