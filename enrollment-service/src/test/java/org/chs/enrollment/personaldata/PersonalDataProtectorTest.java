package org.chs.enrollment.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PersonalDataProtectorTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private final IdNumber id = IdNumber.parse(IdNumberFixtures.adult(), LocalDate.of(2026, 1, 1));

    @Nested
    class Protect {

        private final PersonalDataProtector protector = new PersonalDataProtector(new PersonalDataProperties(KEY_A, KEY_B));

        @Test
        void shouldEncryptWithAFreshIvWhenTheSameNumberIsProtectedTwice() {
            ProtectedIdNumber first = protector.protect(id);
            ProtectedIdNumber second = protector.protect(id);
            assertThat(first.cipherText()).isNotEqualTo(second.cipherText()).doesNotContain(id.value());
            assertThat(first.blindIndex()).isEqualTo(second.blindIndex()).doesNotContain(id.value()).hasSize(64);
            assertThat(first.masked()).isEqualTo(id.masked());
        }

        @Test
        void shouldRevealTheNumberWhenDecryptedWithTheSameKey() {
            assertThat(protector.reveal(protector.protect(id).cipherText())).isEqualTo(id);
        }

        @Test
        void shouldGiveAnotherBlindIndexWhenTheKeyDiffers() {
            PersonalDataProtector other = new PersonalDataProtector(new PersonalDataProperties(KEY_A, KEY_A));
            assertThat(other.blindIndex(id)).isNotEqualTo(protector.blindIndex(id));
        }

        @Test
        void shouldRefuseToDecryptWhenTheKeyDiffers() {
            PersonalDataProtector other = new PersonalDataProtector(new PersonalDataProperties(KEY_B, KEY_B));
            String cipherText = protector.protect(id).cipherText();
            assertThatIllegalStateException().isThrownBy(() -> other.reveal(cipherText));
        }

        @Test
        void shouldNotUseDevelopmentKeysWhenBothAreConfigured() {
            assertThat(protector.usesDevelopmentKeys()).isFalse();
        }
    }

    @Nested
    class Configure {

        @Test
        void shouldFallBackToDevelopmentKeysWhenNoneAreConfigured() {
            assertThat(new PersonalDataProtector(new PersonalDataProperties("", null)).usesDevelopmentKeys()).isTrue();
        }

        @Test
        void shouldRefuseToStartWhenAKeyIsNot32Bytes() {
            String short16 = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());
            assertThatIllegalStateException().isThrownBy(() -> new PersonalDataProtector(new PersonalDataProperties(short16, KEY_B)))
                    .withMessageContaining("32 bytes");
        }

        @Test
        void shouldRefuseToStartWhenAKeyIsNotBase64() {
            assertThatIllegalStateException().isThrownBy(() -> new PersonalDataProtector(new PersonalDataProperties("not base64!", KEY_B)));
        }
    }
}
