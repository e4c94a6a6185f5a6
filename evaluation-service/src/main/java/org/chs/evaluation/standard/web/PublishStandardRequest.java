package org.chs.evaluation.standard.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * The next version of a scoring standard (发布评分标准新版本).
 *
 * @param defaultPoints set to {@code false} once the agency has confirmed the point values
 */
public record PublishStandardRequest(@NotBlank String name, String nameZh, @NotEmpty List<@NotBlank String> siteCategories,
                                     boolean defaultPoints, String note,
                                     @NotEmpty List<StandardContent.@Valid CategoryBody> categories) {
}
