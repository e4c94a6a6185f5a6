package org.chs.enrollment.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.enrollment.person.PersonFixtures.TODAY;
import static org.chs.enrollment.person.PersonFixtures.handling;
import static org.chs.enrollment.person.PersonFixtures.newborn;
import static org.chs.enrollment.person.PersonFixtures.resident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.chs.platform.domain.BusinessRuleException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsuredPersonTest {

    private final EnrolmentPolicy policy = EnrolmentPolicy.defaults();

    @Nested
    class Enrol {

        @Test
        void shouldStartActiveWithTheHandlingAndEventsWhenEnrolled() {
            InsuredPerson person = resident();
            assertThat(person.status()).isEqualTo(PersonStatus.ACTIVE);
            assertThat(person.handlings()).singleElement().satisfies(h -> assertThat(h.personId()).isEqualTo(person.id()));
            assertThat(person.takePendingEvents()).hasSize(2).first().isInstanceOf(PersonEvent.PersonEnrolled.class);
            assertThat(person.maskedIdNumber()).contains("********");
        }

        @Test
        void shouldRequireAnEmployerWhenEnrollingAnEmployee() {
            InsuredPerson template = resident();
            assertThatThrownBy(() -> InsuredPerson.enrol(new InsuredPerson.Facts(new org.chs.enrollment.personaldata.ProtectedIdNumber(
                    "v1:x", "b", template.maskedIdNumber()), "张三", template.sex(), template.birthDate(), Scheme.EMPLOYEE, "330127", null,
                    TODAY, false, null), handling("ENR-01")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("employer-required"));
        }
    }

    @Nested
    class ChangeStatus {

        @ParameterizedTest(name = "{0} → {1}: {2}")
        @CsvSource({
                "ACTIVE, SUSPENDED, true", "ACTIVE, TERMINATED, true", "ACTIVE, DECEASED, true", "ACTIVE, ACTIVE, false",
                "SUSPENDED, ACTIVE, true", "SUSPENDED, TERMINATED, true", "SUSPENDED, SUSPENDED, false",
                "TERMINATED, ACTIVE, true", "TERMINATED, SUSPENDED, false", "TRANSFERRED_OUT, ACTIVE, true",
                "TRANSFERRED_OUT, SUSPENDED, false", "DECEASED, ACTIVE, false", "DECEASED, SUSPENDED, false"
        })
        void shouldFollowTheTransitionTableWhenStatusChanges(PersonStatus from, PersonStatus to, boolean allowed) {
            InsuredPerson person = resident();
            if (from != PersonStatus.ACTIVE) {
                person.changeStatus(from, "setup", TODAY.minusDays(10), null, TODAY, handling("CHG-02"));
            }
            if (allowed) {
                person.changeStatus(to, "test", TODAY, null, TODAY, handling("CHG-02"));
                assertThat(person.status()).isEqualTo(to);
                assertThat(person.statusHistory()).last().satisfies(c -> assertThat(c.from()).isEqualTo(from));
            } else {
                assertThatThrownBy(() -> person.changeStatus(to, "test", TODAY, null, TODAY, handling("CHG-02")))
                        .isInstanceOf(IllegalStatusTransitionException.class);
                assertThat(person.status()).isEqualTo(from);
            }
        }

        @Test
        void shouldRefuseWhenTheEffectiveDateIsInTheFuture() {
            assertThatThrownBy(() -> resident().changeStatus(PersonStatus.SUSPENDED, "x", TODAY.plusDays(1), null, TODAY, handling("CHG-02")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("effective-date-in-future"));
        }

        @Test
        void shouldRaiseStatusChangedAndHandlingCompletedWhenChanged() {
            InsuredPerson person = resident();
            person.takePendingEvents();
            person.changeStatus(PersonStatus.SUSPENDED, "arrears", TODAY, null, TODAY, handling("CHG-02"));
            assertThat(person.takePendingEvents()).extracting(Object::getClass)
                    .containsExactly((Class) PersonEvent.PersonStatusChanged.class, (Class) PersonEvent.HandlingCompleted.class);
        }
    }

    @Nested
    class Contributions {

        @Test
        void shouldRecordAtScaleTwoWhenPaid() {
            InsuredPerson person = resident();
            Contribution c = person.recordContribution(2026, new BigDecimal("380"), ContributionChannel.BANK, "R-1", TODAY, handling("PAY-01"));
            assertThat(c.amount()).isEqualByComparingTo("380.00").hasScaleOf(2);
        }

        @Test
        void shouldRefuseWhenAReceiptNumberRepeatsInTheSameChannel() {
            InsuredPerson person = resident();
            person.recordContribution(2026, new BigDecimal("380.00"), ContributionChannel.BANK, "R-1", TODAY, handling("PAY-01"));
            assertThatThrownBy(() -> person.recordContribution(2026, BigDecimal.TEN, ContributionChannel.BANK, "R-1", TODAY, handling("PAY-01")))
                    .isInstanceOf(DuplicateReceiptException.class);
            person.recordContribution(2026, BigDecimal.TEN, ContributionChannel.COUNTER, "R-1", TODAY, handling("PAY-01"));
        }

        @ParameterizedTest
        @CsvSource({"0", "-1", "1.001"})
        void shouldRefuseWhenTheAmountIsNotPositiveYuanAndFen(BigDecimal amount) {
            assertThatThrownBy(() -> resident().recordContribution(2026, amount, ContributionChannel.COUNTER, "R-9", TODAY, handling("PAY-01")))
                    .isInstanceOf(BusinessRuleException.class);
        }

        @Test
        void shouldRefuseWhenThePersonIsTerminated() {
            InsuredPerson person = resident();
            person.changeStatus(PersonStatus.TERMINATED, "left", TODAY, null, TODAY, handling("CHG-02"));
            assertThatThrownBy(() -> person.recordContribution(2026, BigDecimal.TEN, ContributionChannel.COUNTER, "R-2", TODAY, handling("PAY-01")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("not-contributing"));
        }
    }

    @Nested
    class Eligibility {

        @Test
        void shouldBeEligibleWhenActiveAndTheYearIsPaid() {
            InsuredPerson person = resident();
            person.recordContribution(2026, new BigDecimal("380.00"), ContributionChannel.COUNTER, "R-1", TODAY, handling("PAY-01"));
            var answer = person.eligibilityOn(LocalDate.of(2026, 5, 1), policy);
            assertThat(answer.eligible()).isTrue();
            assertThat(answer.covered()).isTrue();
            assertThat(answer.reasons()).isEmpty();
        }

        @Test
        void shouldNotBeCoveredWhenTheYearIsNotPaid() {
            var answer = resident().eligibilityOn(LocalDate.of(2026, 5, 1), policy);
            assertThat(answer.covered()).isFalse();
            assertThat(answer.reasons()).containsExactly("NO_CONTRIBUTION_FOR_YEAR");
        }

        @Test
        void shouldNeedTheConfiguredMinimumWhenOneIsConfigured() {
            EnrolmentPolicy strict = new EnrolmentPolicy(PersonFixtures.ZONE, CoverageStart.BIRTH_DATE, java.time.Period.ofYears(1), true,
                    Map.of(Scheme.URBAN_RURAL_RESIDENT, Map.of(2026, new BigDecimal("400.00"))));
            InsuredPerson person = resident();
            person.recordContribution(2026, new BigDecimal("380.00"), ContributionChannel.COUNTER, "R-1", TODAY, handling("PAY-01"));
            assertThat(person.coveredIn(2026, strict)).isFalse();
            person.recordContribution(2026, new BigDecimal("20.00"), ContributionChannel.COUNTER, "R-2", TODAY, handling("PAY-01"));
            assertThat(person.coveredIn(2026, strict)).isTrue();
        }

        @Test
        void shouldUseTheStatusOnTheDateWhenTheStatusChangedLater() {
            InsuredPerson person = resident();
            person.recordContribution(2026, new BigDecimal("380.00"), ContributionChannel.COUNTER, "R-1", TODAY, handling("PAY-01"));
            person.changeStatus(PersonStatus.SUSPENDED, "arrears", LocalDate.of(2026, 5, 10), null, TODAY, handling("CHG-02"));
            assertThat(person.eligibilityOn(LocalDate.of(2026, 5, 9), policy).eligible()).isTrue();
            var after = person.eligibilityOn(LocalDate.of(2026, 5, 10), policy);
            assertThat(after.eligible()).isFalse();
            assertThat(after.covered()).isTrue();
            assertThat(after.reasons()).containsExactly("STATUS_SUSPENDED");
        }

        @Test
        void shouldNotBeCoveredWhenTheDateIsBeforeTheCoverageStart() {
            InsuredPerson person = resident(LocalDate.of(2026, 3, 1));
            person.recordContribution(2026, new BigDecimal("380.00"), ContributionChannel.COUNTER, "R-1", TODAY, handling("PAY-01"));
            assertThat(person.eligibilityOn(LocalDate.of(2026, 2, 28), policy).reasons()).contains("BEFORE_COVERAGE_START");
        }

        @Test
        void shouldCoverANewbornFromBirthWhenNoContributionIsPaidInTheBirthYear() {
            InsuredPerson baby = newborn(LocalDate.of(2026, 4, 2));
            assertThat(baby.eligibilityOn(LocalDate.of(2026, 4, 2), policy).eligible()).isTrue();
            assertThat(baby.eligibilityOn(LocalDate.of(2026, 4, 1), policy).eligible()).isFalse();
            assertThat(baby.eligibilityOn(LocalDate.of(2027, 1, 1), policy).reasons()).containsExactly("NO_CONTRIBUTION_FOR_YEAR");
            assertThat(baby.household()).singleElement().satisfies(l -> assertThat(l.personId()).isEqualTo("psn-parent"));
        }
    }

    @Nested
    class Qualifications {

        @Test
        void shouldDeriveTheStatusFromTheDateWhenListed() {
            InsuredPerson person = resident();
            Qualification q = person.grantQualification("M01", "EV-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), handling("CHR-01"));
            assertThat(q.statusOn(LocalDate.of(2025, 12, 31))).isEqualTo(QualificationStatus.PENDING);
            assertThat(q.statusOn(LocalDate.of(2026, 6, 1))).isEqualTo(QualificationStatus.ACTIVE);
            assertThat(q.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(QualificationStatus.EXPIRED);
            Qualification revoked = person.revokeQualification(q.id(), "evidence withdrawn", handling("CHR-01"));
            assertThat(revoked.statusOn(LocalDate.of(2026, 6, 1))).isEqualTo(QualificationStatus.REVOKED);
        }

        @Test
        void shouldRefuseWhenAQualificationOverlapsOneForTheSameDisease() {
            InsuredPerson person = resident();
            person.grantQualification("M01", "EV-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), handling("CHR-01"));
            assertThatThrownBy(() -> person.grantQualification("M01", "EV-2", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31),
                    handling("CHR-01"))).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.rule()).isEqualTo("qualification-overlaps"));
            person.grantQualification("M02", "EV-3", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), handling("CHR-01"));
        }

        @Test
        void shouldListOnlyValidQualificationsWhenEligibilityIsAsked() {
            InsuredPerson person = resident();
            person.grantQualification("M01", "EV-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), handling("CHR-01"));
            person.grantQualification("M02", "EV-2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), handling("CHR-01"));
            assertThat(person.eligibilityOn(LocalDate.of(2026, 5, 1), policy).qualifications()).extracting(Qualification::diseaseCode)
                    .containsExactly("M02");
        }
    }
}
