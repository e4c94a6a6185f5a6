package org.chs.settlement.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, numbered from 0, with the total when it is known cheaply. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
