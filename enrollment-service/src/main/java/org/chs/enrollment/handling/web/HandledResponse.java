package org.chs.enrollment.handling.web;

/** A business result together with the handling (办件) that produced it. */
public record HandledResponse<T>(T result, HandlingResponse handling) {
}
