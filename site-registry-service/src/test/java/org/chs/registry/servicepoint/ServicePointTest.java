package org.chs.registry.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.shared.FieldViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServicePointTest {

    @Nested
    class ChangeStatus {

        @Test
        void shouldKeepHistoryWithReasonWhenSuspendedAndReactivated() {
            ServicePoint point = ServicePointFixtures.point("sp-a", ServicePointType.TOWNSHIP_STATION, "330127107", 29.5, 118.5);

            point.changeStatus(ServicePointStatus.SUSPENDED, "renovation", "admin", ServicePointFixtures.AT);
            point.changeStatus(ServicePointStatus.ACTIVE, "reopened", "admin", ServicePointFixtures.AT);

            assertThat(point.statusHistory()).extracting(StatusChange::from, StatusChange::to, StatusChange::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(null, ServicePointStatus.ACTIVE, "registered"),
                    org.assertj.core.groups.Tuple.tuple(ServicePointStatus.ACTIVE, ServicePointStatus.SUSPENDED, "renovation"),
                    org.assertj.core.groups.Tuple.tuple(ServicePointStatus.SUSPENDED, ServicePointStatus.ACTIVE, "reopened"));
            assertThat(point.active()).isTrue();
        }

        @Test
        void shouldRefuseWhenStatusIsUnchanged() {
            ServicePoint point = ServicePointFixtures.point("sp-a", ServicePointType.TOWNSHIP_STATION, "330127107", 29.5, 118.5);

            assertThatThrownBy(() -> point.changeStatus(ServicePointStatus.ACTIVE, "again", "admin", ServicePointFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("status-unchanged");
        }

        @Test
        void shouldRefuseAnyChangeWhenClosed() {
            ServicePoint point = ServicePointFixtures.point("sp-a", ServicePointType.TOWNSHIP_STATION, "330127107", 29.5, 118.5);
            point.changeStatus(ServicePointStatus.CLOSED, "merged", "admin", ServicePointFixtures.AT);

            assertThatThrownBy(() -> point.changeStatus(ServicePointStatus.ACTIVE, "reopen", "admin", ServicePointFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("closed-is-final");
        }
    }

    @Nested
    class Rules {

        @Test
        void shouldRequirePartnerWhenBankBranch() {
            assertThat(ServicePointRules.check("sp-bank", ServicePointType.BANK_BRANCH, null, ServicePointFixtures.fullFacilities()))
                    .extracting(FieldViolation::field, FieldViolation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("partner", "required-for-type"));
        }

        @Test
        void shouldRequireInstitutionIdWhenHospitalWindow() {
            assertThat(ServicePointRules.check(null, ServicePointType.HOSPITAL_WINDOW,
                    new PartnerOrganisation(PartnerKind.HOSPITAL, "淳安县中医院", null), ServicePointFixtures.fullFacilities()))
                    .extracting(FieldViolation::rule).containsExactly("required-for-hospital");
        }

        @Test
        void shouldRejectPartnerWhenAgencyPoint() {
            assertThat(ServicePointRules.check(null, ServicePointType.VILLAGE_STATION,
                    new PartnerOrganisation(PartnerKind.BANK, "x", null), ServicePointFixtures.fullFacilities()))
                    .extracting(FieldViolation::rule).containsExactly("absent-for-type");
        }

        @Test
        void shouldRejectWhenIdIsNotUrlSafe() {
            assertThat(ServicePointRules.check("SP Fenkou", ServicePointType.TOWNSHIP_STATION, null, ServicePointFixtures.fullFacilities()))
                    .extracting(FieldViolation::rule).containsExactly("id-format");
        }

        @Test
        void shouldRejectWhenOpeningHoursCloseBeforeTheyOpen() {
            Facilities facilities = new Facilities(java.math.BigDecimal.TEN, 1, 0, EnumSet.noneOf(FunctionalZone.class),
                    java.util.List.of(new OpeningPeriod(EnumSet.of(java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(17, 0),
                            java.time.LocalTime.of(8, 0))));
            assertThat(ServicePointRules.check(null, ServicePointType.TOWNSHIP_STATION, null, facilities))
                    .extracting(FieldViolation::field, FieldViolation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("openingHours[0].closes", "after-opens"));
        }
    }
}
