package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.manifest.Yamls;
import org.chs.k8s.validation.ManifestValidator;
import org.chs.k8s.validation.Rules;
import org.chs.k8s.validation.ValidationProfile;
import org.chs.k8s.validation.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the validator is not vacuous: every fixture under broken/ differs from valid/sample-app.yaml in one
 * respect, and the validator must report that respect, and only that.
 */
class BrokenManifestsTest {

    private final ManifestValidator production = ManifestValidator.forProfile(ValidationProfile.production());

    static List<KubernetesObject> fixture(String name) {
        try {
            Path path = Path.of(Objects.requireNonNull(BrokenManifestsTest.class.getResource("/" + name),
                    name).toURI());
            return Yamls.readAll(path).stream().map(KubernetesObject::new).toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Baseline {

        @Test
        void shouldReportNothingWhenTheSampleFollowsEveryRule() {
            assertThat(production.validate(fixture("valid/sample-app.yaml"))).isEmpty();
        }
    }

    @Nested
    class EachBrokenFixture {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                deployment-without-probes.yaml       | probes
                image-latest.yaml                    | image-tag
                image-without-tag.yaml               | image-tag
                missing-resources.yaml               | resources
                missing-security-context.yaml        | security-context
                schema-unknown-field.yaml            | schema
                schema-wrong-type.yaml               | schema
                schema-removed-api-version.yaml      | schema
                inlined-secret.yaml                  | inline-secret
                secret-env-literal.yaml              | secret-env
                secret-from-configmap.yaml           | secret-env,configmap-secret
                configmap-embedded-password.yaml     | configmap-secret
                network-policy-selects-nothing.yaml  | network-policy-selector
                exemption-outside-local.yaml         | security-context
                service-target-port-missing.yaml     | references
                """)
        void shouldReportExactlyTheBrokenRuleWhenValidatingTheFixture(String file, String rules) {
            List<Violation> violations = production.validate(fixture("broken/" + file));

            assertThat(violations).as("violations of %s", file)
                    .isNotEmpty()
                    .extracting(Violation::rule)
                    .containsOnly(Arrays.stream(rules.split(",")).map(String::trim).toArray(String[]::new));
        }
    }

    @Nested
    class Messages {

        @Test
        void shouldNameEachMissingProbeWhenProbesAreAbsent() {
            assertThat(production.validate(fixture("broken/deployment-without-probes.yaml")))
                    .extracting(Violation::message)
                    .containsExactlyInAnyOrder("container sample has no livenessProbe",
                            "container sample has no readinessProbe", "container sample has no startupProbe");
        }

        @Test
        void shouldNameTheMisspeltFieldWhenTheSchemaIsViolated() {
            assertThat(production.validate(fixture("broken/schema-unknown-field.yaml")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("imagePullPolicyy"));
        }

        @Test
        void shouldNameTheFieldAndTypeWhenAScalarHasTheWrongType() {
            assertThat(production.validate(fixture("broken/schema-wrong-type.yaml")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("env[1].value").contains("must be a string"));
        }
    }

    @Nested
    class Exemptions {

        @Test
        void shouldHonourAWritableRootExemptionWhenTheProfileIsLocal() {
            List<Violation> violations = ManifestValidator.forProfile(ValidationProfile.local())
                    .validate(fixture("broken/exemption-outside-local.yaml"));

            assertThat(violations).extracting(Violation::rule).doesNotContain(Rules.SECURITY_CONTEXT);
        }

        @Test
        void shouldAllowGeneratedSecretsWhenTheProfileIsLocal() {
            List<Violation> violations = ManifestValidator.forProfile(ValidationProfile.local())
                    .validate(fixture("broken/inlined-secret.yaml"));

            assertThat(violations).extracting(Violation::rule).doesNotContain(Rules.INLINE_SECRET);
        }
    }
}
