package org.chs.registry.queue.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The handling (办件 id) that claims a called ticket; sent by the handling kit of enrollment and settlement. */
@Schema(description = "the handling that the ticket serves")
record ClaimRequest(@NotBlank @Size(max = 64) String handlingId) {
}
