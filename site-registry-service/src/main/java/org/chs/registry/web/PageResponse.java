package org.chs.registry.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Slice;

/**
 * 分页结果 — one page of a list: the items, the page asked for and whether there is a next one.
 *
 * <p>Deliberately a slice, not a page with a total: a total costs a {@code countDocuments}, which the embedded MongoDB answers
 * by scanning (ARCHITECTURE §6). Clients page until {@code hasNext} is false.
 */
public record PageResponse<T>(List<T> content, int page, int size, boolean hasNext) {

    public static <S, T> PageResponse<T> of(Slice<S> slice, Function<S, T> mapper) {
        return new PageResponse<>(slice.getContent().stream().map(mapper).toList(), slice.getNumber(), slice.getSize(), slice.hasNext());
    }
}
