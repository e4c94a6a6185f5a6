package org.chs.gateway.requestid;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    @Nested
    class Accepting {

        @ParameterizedTest
        @ValueSource(strings = {"abc", "9f1c2b1e-0d2a-4c2e-9a53-2b1f0d8c7e11", "hall.42:req_1-a"})
        void shouldKeepTheCallersIdWhenItIsSafe(String incoming) {
            assertThat(RequestIdFilter.accept(incoming)).isEqualTo(incoming);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "has space", "<script>", "line\nbreak", "id/with/slash"})
        void shouldCreateANewIdWhenTheCallersIsUnsafe(String incoming) {
            assertThat(RequestIdFilter.accept(incoming)).matches("[0-9a-f-]{36}");
        }

        @Test
        void shouldCreateANewIdWhenTheCallerSentNoneOrATooLongOne() {
            assertThat(RequestIdFilter.accept(null)).matches("[0-9a-f-]{36}");
            assertThat(RequestIdFilter.accept("a".repeat(129))).matches("[0-9a-f-]{36}");
        }
    }

    @Nested
    class Masking {

        @Test
        void shouldMaskResidentIdsWhenAPathIsLogged() {
            assertThat(RequestIdFilter.maskPersonalData("/api/enrollment/persons/33012719900101123X/contributions"))
                    .isEqualTo("/api/enrollment/persons/330127********123X/contributions");
        }

        @Test
        void shouldLeaveOtherNumbersAloneWhenAPathIsLogged() {
            assertThat(RequestIdFilter.maskPersonalData("/api/settlement/bills/2025000123"))
                    .isEqualTo("/api/settlement/bills/2025000123");
        }
    }
}
