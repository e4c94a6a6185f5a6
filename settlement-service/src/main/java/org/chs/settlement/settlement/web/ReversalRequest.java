package org.chs.settlement.settlement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 冲正: why (e.g. "timeout", "wrong bill"). */
public record ReversalRequest(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
