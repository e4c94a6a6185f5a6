package org.chs.enrollment.handling.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.chs.platform.handling.Channel;

/**
 * The handling part of a business request. All fields are optional for partners; counters send the queue and start times.
 *
 * @param servicePointId the point acted at; must equal the token's {@code service_point_id} when given
 * @param channel        derived from the caller when omitted: BANK_API for banks, HOSPITAL_WINDOW for hospitals, COUNTER for clerks
 * @param queuedAt       queue ticket time (required for COUNTER)
 * @param startedAt      when the clerk started (required for COUNTER); queuedAt ≤ startedAt ≤ now
 */
@Schema(description = "办件 — where, how and when the business is handled")
public record HandlingInput(@Size(max = 64) String servicePointId, Channel channel, Instant queuedAt, Instant startedAt) {

    public static final HandlingInput NONE = new HandlingInput(null, null, null, null);
}
