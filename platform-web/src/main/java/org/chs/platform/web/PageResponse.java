package org.chs.platform.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * 分页结果 — the one shape of every list answer of the platform: the items of one page (numbered from 0), the page size asked
 * for, whether a next page follows, and the total only where the service counts.
 *
 * <p>Counting costs a {@code countDocuments}, which the embedded MongoDB answers by scanning (ARCHITECTURE §6), so most lists
 * are slices without a total and clients page until {@code hasNext} is false; a list that counts says so by carrying
 * {@code total}.
 *
 * @param items   the page's items, in the list's order
 * @param page    the page number, from 0
 * @param size    the page size asked for (the last page may hold fewer items)
 * @param hasNext whether a next page follows
 * @param total   the number of items over all pages, or {@code null} (left out of the JSON) where the list is not counted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "The page number, from 0") int page,
        @Schema(description = "The page size asked for; the last page may hold fewer items") int size,
        @Schema(description = "Whether a next page follows") boolean hasNext,
        @Schema(description = "The number of items over all pages; present only where the list is counted",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED, nullable = true) Long total) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** A counted page: {@code hasNext} follows from the total. */
    public static <T> PageResponse<T> counted(List<T> items, int page, int size, long total) {
        return new PageResponse<>(items, page, size, (long) (page + 1) * size < total, total);
    }

    /** A page without a total: the service fetched one item more than the page, or otherwise knows whether more follow. */
    public static <T> PageResponse<T> uncounted(List<T> items, int page, int size, boolean hasNext) {
        return new PageResponse<>(items, page, size, hasNext, null);
    }

    /** A Spring Data page (which was counted), its items mapped to their response records. */
    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return counted(map(page.getContent(), mapper), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    /** A Spring Data slice (which was not counted), its items mapped to their response records. */
    public static <S, T> PageResponse<T> of(Slice<S> slice, Function<? super S, ? extends T> mapper) {
        if (slice instanceof Page<S> page) {
            return of(page, mapper);
        }
        return uncounted(map(slice.getContent(), mapper), slice.getNumber(), slice.getSize(), slice.hasNext());
    }

    /** The same page with its items mapped, e.g. from domain objects to response records. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(map(items, mapper), page, size, hasNext, total);
    }

    private static <S, T> List<T> map(List<S> items, Function<? super S, ? extends T> mapper) {
        return items.stream().<T>map(mapper).toList();
    }
}
