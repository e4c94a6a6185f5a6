package org.chs.evaluation.standard.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The next version of a scoring standard (发布评分标准新版本).
 *
 * @param defaultPoints whether the points are still the platform's defaults; absent = {@code false} (the agency set them)
 */
public record PublishStandardRequest(@NotBlank String name, String nameZh, @NotEmpty List<@NotBlank String> siteCategories,
                                     Boolean defaultPoints, String note,
                                     @NotEmpty List<StandardContent.@Valid CategoryBody> categories) {
}
