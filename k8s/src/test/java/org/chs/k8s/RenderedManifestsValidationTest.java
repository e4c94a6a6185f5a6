package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.validation.ManifestValidator;
import org.chs.k8s.validation.ValidationProfile;
import org.chs.k8s.validation.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The committed base and overlays pass every rule; this is the CI gate for k8s/. */
class RenderedManifestsValidationTest {

    @Nested
    class Base {

        @Test
        void shouldPassAllRulesWhenRenderedOnItsOwn() {
            List<Violation> violations = ManifestValidator.forProfile(ValidationProfile.base())
                    .validate(Overlays.render(Overlays.BASE));

            assertThat(violations).isEmpty();
        }

        @Test
        void shouldContainNoSecretWhenRendered() {
            assertThat(Overlays.render(Overlays.BASE)).extracting(KubernetesObject::kind).doesNotContain("Secret");
        }
    }

    @Nested
    class Local {

        @Test
        void shouldPassAllRulesWhenRendered() {
            List<Violation> violations = ManifestValidator.forProfile(ValidationProfile.local())
                    .validate(Overlays.render(Overlays.LOCAL));

            assertThat(violations).isEmpty();
        }

        @Test
        void shouldRenderEverySecretTheWorkloadsReferenceWhenRendered() {
            assertThat(ManifestValidator.externalSecretNames(Overlays.render(Overlays.LOCAL))).isEmpty();
        }
    }

    @Nested
    class Production {

        @Test
        void shouldPassAllRulesWhenRendered() {
            List<Violation> violations = ManifestValidator.forProfile(ValidationProfile.production())
                    .validate(Overlays.render(Overlays.PRODUCTION));

            assertThat(violations).isEmpty();
        }

        @Test
        void shouldExpectExactlyTheDocumentedOperatorSecretsWhenRendered() {
            assertThat(ManifestValidator.externalSecretNames(Overlays.render(Overlays.PRODUCTION)))
                    .containsExactlyInAnyOrder("chs-rabbitmq", "site-registry-service-secrets",
                            "enrollment-service-secrets", "settlement-service-secrets", "evaluation-service-secrets");
        }
    }
}
