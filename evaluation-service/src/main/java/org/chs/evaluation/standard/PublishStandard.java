package org.chs.evaluation.standard;

import java.util.List;

import org.chs.evaluation.scoring.CategoryDefinition;

/**
 * 发布评分标准新版本 — the command to publish the next version of a standard.
 *
 * @param code           the standard, e.g. {@code GRASSROOTS_SITE} (new codes start at version 1)
 * @param name           English name
 * @param nameZh         Chinese name
 * @param siteCategories declaration categories it scores
 * @param defaultPoints  whether the points are still the platform's defaults
 * @param note           why this version (e.g. the agency's notice number)
 * @param categories     the content
 */
public record PublishStandard(String code, String name, String nameZh, List<String> siteCategories, boolean defaultPoints,
                              String note, List<CategoryDefinition> categories) {
}
