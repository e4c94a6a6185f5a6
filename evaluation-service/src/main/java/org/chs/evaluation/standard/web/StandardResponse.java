package org.chs.evaluation.standard.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chs.evaluation.standard.ScoringStandard;

/**
 * A version of a scoring standard (评分标准).
 *
 * @param defaultPoints {@code true} while the points are the platform's configurable defaults (the source lost its points)
 * @param categories    the content; omitted in lists
 */
public record StandardResponse(String id, String code, int version, String name, String nameZh, List<String> siteCategories,
                               BigDecimal maxTotal, boolean defaultPoints, String note, Instant createdAt, String createdBy,
                               List<StandardContent.CategoryBody> categories) {

    static StandardResponse full(ScoringStandard s) {
        return new StandardResponse(s.id(), s.code(), s.standardVersion(), s.name(), s.nameZh(), s.siteCategories(), s.maxTotal(),
                s.defaultPoints(), s.note(), s.createdAt(), s.createdBy(), StandardContent.fromDomain(s.categories()));
    }

    static StandardResponse summary(ScoringStandard s) {
        return new StandardResponse(s.id(), s.code(), s.standardVersion(), s.name(), s.nameZh(), s.siteCategories(), s.maxTotal(),
                s.defaultPoints(), s.note(), s.createdAt(), s.createdBy(), null);
    }
}
