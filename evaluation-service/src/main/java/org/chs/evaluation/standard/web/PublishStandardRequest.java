package org.chs.evaluation.standard.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The next version of a scoring standard (发布评分标准新版本).
 *
 * @param defaultPoints whether the points are still the platform's defaults; absent = {@code false} (the agency set them)
 */
public record PublishStandardRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh,
                                     @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> siteCategories,
                                     Boolean defaultPoints, @Size(max = 2000) String note,
                                     @NotEmpty @Size(max = 50) List<StandardContent.@Valid CategoryBody> categories) {
}
