package org.chs.registry.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueFixtures;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthorisationsTest {

    private final Catalogue demo = CatalogueFixtures.demo();

    private static ServicePoint point(ServicePointType type) {
        return ServicePointFixtures.point("sp-x", type, "330127107", 29.58, 118.58);
    }

    @Nested
    class Authorise {

        @Test
        void shouldAllowWhenItemIsDelegatedToThePointsLevel() {
            Authorisation answer = Authorisations.decide(point(ServicePointType.BANK_BRANCH), demo, "ENR-02");

            assertThat(answer.allowed()).isTrue();
            assertThat(answer.reason()).isNull();
            assertThat(answer.catalogueVersion()).isEqualTo(1);
            assertThat(answer.dependsOnPointStatus()).isFalse();
        }

        @Test
        void shouldNameThePointAndTheItemWhenAnswering() {
            Authorisation answer = Authorisations.decide(point(ServicePointType.BANK_BRANCH), demo, "ENR-02");
            Authorisation unknown = Authorisations.decide(point(ServicePointType.BANK_BRANCH), demo, "XYZ-99");

            assertThat(answer.servicePointName()).isEqualTo("point sp-x");
            assertThat(answer.servicePointType()).isEqualTo(ServicePointType.BANK_BRANCH);
            assertThat(answer.servicePointVersion()).isZero();
            assertThat(answer.itemName()).isEqualTo(demo.entry("ENR-02").orElseThrow().name());
            assertThat(answer.instant()).isEqualTo(demo.entry("ENR-02").orElseThrow().instant());
            assertThat(unknown.itemName()).isNull();
            assertThat(unknown.instant()).isNull();
            assertThat(unknown.servicePointName()).isEqualTo("point sp-x");
        }

        @Test
        void shouldRefuseWithReasonWhenBankAsksForEmployeeEnrolment() {
            Authorisation answer = Authorisations.decide(point(ServicePointType.BANK_BRANCH), demo, "ENR-01");

            assertThat(answer.allowed()).isFalse();
            assertThat(answer.reason()).contains("not delegated to BANK");
        }

        @Test
        void shouldAllowEverythingWhenCountyHall() {
            assertThat(demo.itemsAt(org.chs.registry.catalogue.HandlingLevel.COUNTY))
                    .allSatisfy(item -> assertThat(Authorisations.decide(point(ServicePointType.COUNTY_HALL), demo, item.code()).allowed())
                            .isTrue());
        }

        @Test
        void shouldTreatCommunityAsVillageLevelWhenAsked() {
            assertThat(Authorisations.decide(point(ServicePointType.COMMUNITY_STATION), demo, "FIL-01").allowed()).isTrue();
            assertThat(Authorisations.decide(point(ServicePointType.COMMUNITY_STATION), demo, "RMB-01").allowed()).isFalse();
        }

        @Test
        void shouldRefuseWithReasonWhenItemIsUnknown() {
            Authorisation answer = Authorisations.decide(point(ServicePointType.COUNTY_HALL), demo, "XYZ-99");

            assertThat(answer.allowed()).isFalse();
            assertThat(answer.reason()).contains("unknown item XYZ-99");
        }

        @Test
        void shouldRefuseWhenCodeIsAMainItem() {
            assertThat(Authorisations.decide(point(ServicePointType.COUNTY_HALL), demo, "ENR").reason()).contains("not a handleable");
        }

        @Test
        void shouldRefuseAndMarkStatusDependentWhenPointIsSuspended() {
            Authorisation answer = Authorisations.decide(ServicePointFixtures.suspended(point(ServicePointType.COUNTY_HALL)), demo, "ENR-02");

            assertThat(answer.allowed()).isFalse();
            assertThat(answer.reason()).contains("SUSPENDED");
            assertThat(answer.dependsOnPointStatus()).isTrue();
        }
    }

    @Nested
    class ItemsFor {

        @Test
        void shouldListTheLevelsItemsWhenActive() {
            PointItems items = Authorisations.itemsFor(point(ServicePointType.HOSPITAL_WINDOW), demo);

            // ENR-03, CHR-01, SPD-01..04 (DOMAIN §2.4) and FIL-02, the filing a hospital makes up before discharge (Appendix C)
            assertThat(items.items()).hasSize(7);
            assertThat(items.reason()).isNull();
        }

        @Test
        void shouldNameThePointWhenListingItsItems() {
            PointItems items = Authorisations.itemsFor(point(ServicePointType.HOSPITAL_WINDOW), demo);

            assertThat(items.servicePointName()).isEqualTo("point sp-x");
        }

        @Test
        void shouldListNothingWhenSuspended() {
            PointItems items = Authorisations.itemsFor(ServicePointFixtures.suspended(point(ServicePointType.VILLAGE_STATION)), demo);

            assertThat(items.items()).isEmpty();
            assertThat(items.dependsOnPointStatus()).isTrue();
        }
    }
}
