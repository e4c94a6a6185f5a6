package org.chs.registry.servicepoint;

import java.time.Instant;

/** 状态变更记录 — one entry of a point's status history: from, to, why, who and when. */
public record StatusChange(ServicePointStatus from, ServicePointStatus to, String reason, String by, Instant at) {
}
