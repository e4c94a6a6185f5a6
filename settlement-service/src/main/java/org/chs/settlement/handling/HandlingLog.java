package org.chs.settlement.handling;

import java.time.LocalDate;
import java.util.List;

import org.chs.settlement.shared.InvalidFieldException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;

/**
 * 办件台账 — the handlings of one service point on one day, merged from every feature that records them (filings and their
 * revocations, manual reimbursements), in completion order.
 *
 * <p>Each source is asked for the first {@code (page + 1) × size + 1} handlings of the day and the merged list is cut; the
 * extra one tells {@code hasNext} without a count. A day at one counter has tens to a few hundred handlings, so reading from
 * the start of the day for a later page is cheap; {@link #MAX_DEPTH} bounds it.
 */
@Service
public class HandlingLog {

    /** The deepest position a page may reach: far beyond any counter's day, and a bound on what one request reads. */
    static final int MAX_DEPTH = 10_000;

    private final List<HandlingSource> sources;

    public HandlingLog(List<HandlingSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public Slice<LoggedHandling> at(String servicePointId, LocalDate day, int page, int size) {
        if (page < 0) {
            throw new InvalidFieldException("page", "min", "page must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidFieldException("size", "min", "size must be at least 1");
        }
        long end = ((long) page + 1) * size;
        if (end > MAX_DEPTH) {
            throw new InvalidFieldException("page", "max-depth", "a day's handlings are listed up to position " + MAX_DEPTH
                    + "; page × size is " + (end - size));
        }
        int wanted = (int) end + 1;
        List<LoggedHandling> merged = sources.stream()
                .flatMap(source -> source.completedAt(servicePointId, day, wanted).stream())
                .sorted(LoggedHandling.COMPLETION_ORDER)
                .limit(wanted)
                .toList();
        int from = Math.min(page * size, merged.size());
        int to = (int) Math.min(end, merged.size());
        return new SliceImpl<>(merged.subList(from, to), PageRequest.of(page, size), merged.size() > end);
    }
}
