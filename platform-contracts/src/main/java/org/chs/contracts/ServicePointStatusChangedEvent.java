package org.chs.contracts;

/**
 * 服务网点状态变更 — a service point was suspended, re-activated or closed.
 *
 * @param servicePointId the registry's id of the point
 * @param status         {@code ACTIVE}, {@code SUSPENDED} or {@code CLOSED}
 * @param reason         why, as entered by the administrator
 */
public record ServicePointStatusChangedEvent(String servicePointId, String status, String reason) {
}
