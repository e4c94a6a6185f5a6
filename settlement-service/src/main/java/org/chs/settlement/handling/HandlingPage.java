package org.chs.settlement.handling;

import java.util.List;

/** One page of a day's handlings; {@code hasNext} instead of a total, because counting is what the embedded MongoDB is slow at. */
public record HandlingPage(List<LoggedHandling> items, int page, int size, boolean hasNext) {
}
