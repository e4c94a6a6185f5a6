package org.chs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

import tools.jackson.databind.json.JsonMapper;

class PageResponseTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Nested
    class FromSpringData {

        @Test
        void shouldCarryTheTotalAndDeriveHasNextWhenThePageWasCounted() {
            PageResponse<String> page = PageResponse.of(new PageImpl<>(List.of(1, 2), PageRequest.of(1, 2), 5), n -> "n" + n);
            assertThat(page).isEqualTo(new PageResponse<>(List.of("n1", "n2"), 1, 2, true, 5L));
            assertThat(PageResponse.of(new PageImpl<>(List.of(5), PageRequest.of(2, 2), 5), n -> n).hasNext()).isFalse();
        }

        @Test
        void shouldLeaveTheTotalOutWhenTheListIsASlice() {
            PageResponse<Integer> page = PageResponse.of(new SliceImpl<>(List.of(1, 2), PageRequest.of(0, 2), true), n -> n * 10);
            assertThat(page).isEqualTo(new PageResponse<>(List.of(10, 20), 0, 2, true, null));
        }
    }

    @Test
    void shouldDeriveHasNextFromTheTotalWhenCounted() {
        assertThat(PageResponse.counted(List.of("a", "b"), 0, 2, 3).hasNext()).isTrue();
        assertThat(PageResponse.counted(List.of("c"), 1, 2, 3).hasNext()).isFalse();
        assertThat(PageResponse.counted(List.of(), 0, 20, 0).hasNext()).isFalse();
    }

    @Test
    void shouldKeepPageAndTotalWhenItemsAreMapped() {
        assertThat(PageResponse.counted(List.of(1, 2), 3, 2, 9).map(String::valueOf))
                .isEqualTo(new PageResponse<>(List.of("1", "2"), 3, 2, true, 9L));
    }

    @Test
    void shouldWriteTheOneShapeAndOmitTheTotalWhenNotCounted() {
        assertThat(json.writeValueAsString(PageResponse.uncounted(List.of("a"), 0, 1, true)))
                .isEqualTo("{\"items\":[\"a\"],\"page\":0,\"size\":1,\"hasNext\":true}");
        assertThat(json.writeValueAsString(PageResponse.counted(List.of("a"), 0, 1, 1)))
                .isEqualTo("{\"items\":[\"a\"],\"page\":0,\"size\":1,\"hasNext\":false,\"total\":1}");
    }
}
