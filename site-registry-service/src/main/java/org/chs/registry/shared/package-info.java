/**
 * 共享内核 — the few types every feature of the registry shares: coordinates with haversine distance, and the domain exceptions
 * that {@code web.GlobalExceptionHandler} renders as RFC 9457 problems. No Spring, no web.
 */
package org.chs.registry.shared;
