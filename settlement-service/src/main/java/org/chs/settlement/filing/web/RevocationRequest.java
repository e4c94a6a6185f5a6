package org.chs.settlement.filing.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 撤销备案: why, and the counter times. */
public record RevocationRequest(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
                                Instant queuedAt, Instant startedAt) {
}
