package org.chs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewTokenHashTest {

    @Test
    void shouldBeTheLowercaseHexSha256OfTheTokensUtf8BytesWhenHashed() {
        // echo -n 'tok-123' | sha256sum; and a token with non-ASCII characters, hashed as UTF-8
        assertThat(ReviewTokenHash.of("tok-123")).isEqualTo("c8963414bf6c4c869eeac5f8a057c3dc574d422f1b108397b66f67bab3d2f981");
        assertThat(ReviewTokenHash.of("评价")).isEqualTo("d7085726d285aa2de3f5340979e1e90197ae9a2a404c8c2148828b8ad1db7f3d");
    }

    @Test
    void shouldMatchInEitherCaseAndOnlyTheSameTokenWhenChecked() {
        String hash = ReviewTokenHash.of("tok-123");

        assertThat(ReviewTokenHash.matches("tok-123", hash)).isTrue();
        assertThat(ReviewTokenHash.matches("tok-123", hash.toUpperCase())).isTrue();
        assertThat(ReviewTokenHash.matches("tok-124", hash)).isFalse();
        assertThat(ReviewTokenHash.matches(null, hash)).isFalse();
        assertThat(ReviewTokenHash.matches("tok-123", null)).isFalse();
    }

    @Test
    void shouldRefuseToHashWhenThereIsNoToken() {
        assertThatThrownBy(() -> ReviewTokenHash.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
