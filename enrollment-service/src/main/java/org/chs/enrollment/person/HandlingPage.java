package org.chs.enrollment.person;

import java.util.List;

import org.chs.enrollment.handling.HandlingRecord;

/** One page of handlings; {@code hasNext} instead of a total, because counting is what the embedded MongoDB is slow at. */
public record HandlingPage(List<HandlingRecord> items, int page, int size, boolean hasNext) {
}
