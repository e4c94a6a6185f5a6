package org.chs.testsupport.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlatformArchitectureRulesTest {

    /** Samples live in {@code org.chs.goodsample.parcel} and {@code org.chs.badsample.parcel}: a service and a feature. */
    private static JavaClasses sample(String service) {
        return new ClassFileImporter().importPackages("org.chs." + service);
    }

    @Nested
    class FeatureRoots {

        @Test
        void shouldAcceptWhenRootClassesUseEachOtherAndAdaptersUseTheRoot() {
            EvaluationResult result = PlatformArchitectureRules.FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS.evaluate(sample("goodsample"));
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }

        @Test
        void shouldReportWhenARootClassUsesItsOwnWebAdapterOrSpringWeb() {
            EvaluationResult result = PlatformArchitectureRules.FEATURE_ROOTS_STAY_FREE_OF_ADAPTERS.evaluate(sample("badsample"));
            assertThat(result.getFailureReport().getDetails())
                    .anySatisfy(line -> assertThat(line).contains("ParcelController"))
                    .anySatisfy(line -> assertThat(line).contains("org.springframework.http.ResponseEntity"))
                    .noneSatisfy(line -> assertThat(line).contains("ParcelId"));
        }
    }

    @Nested
    class ControllersNeverReturnDocuments {

        @Test
        void shouldReportEveryPackagePrivateHandlerThatReturnsADocumentWhereverItSits() {
            EvaluationResult result = PlatformArchitectureRules.CONTROLLERS_NEVER_RETURN_DOCUMENTS.evaluate(sample("docsample"));
            List<String> details = result.getFailureReport().getDetails();
            String document = "org.chs.docsample.parcel.Parcel";

            assertThat(details).hasSize(6)
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.direct()").endsWith("returns document " + document))
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.inResponseEntity()").contains(document))
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.inList()").contains(document))
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.inPage()").contains(document))
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.inAResponseRecord()")
                            .contains("returns document ParcelView.parcel -> " + document))
                    .anySatisfy(line -> assertThat(line).contains("ParcelController.publicHandler()").contains(document))
                    .noneSatisfy(line -> assertThat(line).contains("load()"));
        }

        @Test
        void shouldAcceptHandlersThatAnswerWithResponseRecordsWhenOnlyHelpersTouchTheDocument() {
            EvaluationResult result = PlatformArchitectureRules.CONTROLLERS_NEVER_RETURN_DOCUMENTS.evaluate(sample("goodsample"));
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }
    }

    @Nested
    class ConfigurationPropertiesNames {

        @Test
        void shouldReportASettingsRecordThatIsNotNamedPropertiesAndOnlyIt() {
            EvaluationResult result = PlatformArchitectureRules.CONFIGURATION_PROPERTIES_ARE_NAMED_PROPERTIES
                    .evaluate(sample("settingsample"));

            assertThat(result.getFailureReport().getDetails()).singleElement()
                    .satisfies(line -> assertThat(line).contains("org.chs.settingsample.parcel.ParcelSettings")
                            .contains("does not have simple name ending with 'Properties'"));
        }
    }

    @Nested
    class RequestBodies {

        @Test
        void shouldReportEachUnboundedStringNumberListAndAnyTypeWhenARequestBodyHasThem() {
            EvaluationResult result = PlatformArchitectureRules.REQUEST_BODIES_ARE_BOUNDED.evaluate(sample("boundsample"));
            List<String> details = result.getFailureReport().getDetails();
            assertThat(details).noneSatisfy(line -> assertThat(line).contains("bounded(").contains("BoundedParcel"))
                    .noneSatisfy(line -> assertThat(line).contains("csv("))
                    .anySatisfy(line -> assertThat(line).contains("unchecked(").contains("needs @Valid"));
            assertThat(String.join("\n", details)).contains("UnboundedParcel.id: a string needs @Size")
                    .contains("UnboundedParcel.code: a string needs").contains("UnboundedParcel.weight: a number needs a range")
                    .contains("UnboundedParcel.labels[]: a string needs").contains("UnboundedParcel.lines: a list needs @Size")
                    .contains("UnboundedParcel.extras: a map needs").contains("UnboundedParcel.extras{value}: Object takes anything")
                    .contains("UnboundedParcel.badLine.text: a string needs")
                    .contains("UnboundedParcel.line: a nested Line needs @Valid")
                    .doesNotContain("UnboundedParcel.lines[].count").doesNotContain("UnboundedParcel.kinds")
                    .doesNotContain("UnboundedParcel.perKind");
        }
    }

    @Nested
    class DomainEventsInFeatureRoots {

        @Test
        void shouldReportARootClassThatBuildsAContractEventButNotTheMessagingAdapterOrAContractHelper() {
            EvaluationResult result = PlatformArchitectureRules.FEATURE_ROOTS_STAGE_DOMAIN_EVENTS.evaluate(sample("eventsample"));
            List<String> details = result.getFailureReport().getDetails();

            assertThat(details).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("org.chs.eventsample.parcel.ParcelDesk")
                            .contains("org.chs.contracts.ParcelShippedEvent"))
                    .noneSatisfy(line -> assertThat(line).contains("OutboxParcelEvents"))
                    .noneSatisfy(line -> assertThat(line).contains("ParcelDigest"));
        }

        @Test
        void shouldAcceptFeaturesWithoutContractEventsInTheirRoots() {
            EvaluationResult result = PlatformArchitectureRules.FEATURE_ROOTS_STAGE_DOMAIN_EVENTS.evaluate(sample("goodsample"));
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }
    }
}
