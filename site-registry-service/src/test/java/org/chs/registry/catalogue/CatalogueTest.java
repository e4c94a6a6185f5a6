package org.chs.registry.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.registry.catalogue.CatalogueFixtures.category;
import static org.chs.registry.catalogue.CatalogueFixtures.mainItem;
import static org.chs.registry.catalogue.CatalogueFixtures.subItem;

import java.util.List;
import java.util.Set;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.shared.FieldViolation;
import org.chs.registry.shared.InvalidFieldsException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Nested
    class AddEntry {

        @Test
        void shouldIndexItemByLevelWhenAdded() {
            Catalogue next = CatalogueFixtures.small(1).add(subItem("ENR-03", HandlingLevel.HOSPITAL));

            assertThat(next.itemsAt(HandlingLevel.HOSPITAL)).extracting(CatalogueEntry::code).containsExactly("ENR-03");
            assertThat(next.countyListSize()).isEqualTo(3);
        }

        @Test
        void shouldNameParentRuleWhenParentIsMissing() {
            assertThatThrownBy(() -> CatalogueFixtures.small(1).add(subItem("PAY-01")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("parent-exists");
                        assertThat(e.field()).isEqualTo("parentCode");
                    });
        }

        @Test
        void shouldNameParentKindRuleWhenMainItemHangsUnderMainItem() {
            Catalogue catalogue = Catalogue.seed(1, List.of(category("C01"), category("C02")));
            CatalogueEntry misplaced = new CatalogueEntry("ENR", "x", EntryKind.MAIN_ITEM, "C01", null, null, null, null, null, null);
            Catalogue withMain = catalogue.add(misplaced);

            assertThatThrownBy(() -> withMain.add(mainItem("PAY", "ENR"))).isInstanceOf(BusinessRuleException.class)
                    .extracting("rule").isEqualTo("parent-kind");
        }

        @Test
        void shouldRefuseWhenCodeIsTaken() {
            assertThatThrownBy(() -> CatalogueFixtures.small(1).add(subItem("ENR-01"))).isInstanceOf(BusinessRuleException.class)
                    .extracting("rule").isEqualTo("code-unique");
        }

        @Test
        void shouldRequireCountyLevelWhenItemIsAdded() {
            CatalogueEntry bankOnly = new CatalogueEntry("ENR-09", "x", EntryKind.SUB_ITEM, "ENR", List.of(), 0, true, true, "basis",
                    Set.of(HandlingLevel.BANK));

            assertThatThrownBy(() -> CatalogueFixtures.small(1).add(bankOnly)).isInstanceOfSatisfying(InvalidFieldsException.class,
                    e -> assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("includes-county"));
        }

        @Test
        void shouldNameEveryBrokenFieldRuleWhenSubItemIsMalformed() {
            CatalogueEntry bad = new CatalogueEntry("ENR01", "x", EntryKind.SUB_ITEM, "ENR", null, 5, true, null, " ", Set.of());

            assertThatThrownBy(() -> CatalogueFixtures.small(1).add(bad)).isInstanceOfSatisfying(InvalidFieldsException.class,
                    e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).contains(
                            org.assertj.core.groups.Tuple.tuple("code", "code-format"),
                            org.assertj.core.groups.Tuple.tuple("materials", "required"),
                            org.assertj.core.groups.Tuple.tuple("onlineCapable", "required"),
                            org.assertj.core.groups.Tuple.tuple("legalBasis", "required"),
                            org.assertj.core.groups.Tuple.tuple("timeLimitWorkingDays", "instant-has-no-time-limit"),
                            org.assertj.core.groups.Tuple.tuple("handlingLevels", "not-empty")));
        }
    }

    @Nested
    class UpdateAndRemove {

        @Test
        void shouldKeepCodeKindAndParentWhenUpdated() {
            CatalogueEntry change = new CatalogueEntry("IGNORED", "城乡居民参保登记(新)", null, "IGNORED", List.of("户口簿"), 0, true, false,
                    "basis", Set.of(HandlingLevel.COUNTY));

            Catalogue next = CatalogueFixtures.small(1).update("ENR-02", change);

            CatalogueEntry updated = next.entry("ENR-02").orElseThrow();
            assertThat(updated.kind()).isEqualTo(EntryKind.SUB_ITEM);
            assertThat(updated.parentCode()).isEqualTo("ENR");
            assertThat(updated.name()).isEqualTo("城乡居民参保登记(新)");
            assertThat(next.itemsAt(HandlingLevel.VILLAGE)).isEmpty();
        }

        @Test
        void shouldRefuseWhenEntryHasChildren() {
            assertThatThrownBy(() -> CatalogueFixtures.small(1).remove("ENR")).isInstanceOf(BusinessRuleException.class)
                    .extracting("rule").isEqualTo("no-children");
        }

        @Test
        void shouldDropItemFromIndexWhenRemoved() {
            Catalogue next = CatalogueFixtures.small(1).remove("ENR-02");

            assertThat(next.entry("ENR-02")).isEmpty();
            assertThat(next.itemsAt(HandlingLevel.BANK)).isEmpty();
        }
    }

    @Nested
    class DemoCatalogue {

        private final Catalogue demo = CatalogueFixtures.demo();

        @Test
        void shouldDelegateAsTheSourcePlanCountsWhenSeeded() {
            assertThat(demo.itemsAt(HandlingLevel.TOWNSHIP)).hasSize(16);
            assertThat(demo.itemsAt(HandlingLevel.VILLAGE)).hasSize(10);
            assertThat(demo.itemsAt(HandlingLevel.BANK)).hasSize(15);
            assertThat(demo.itemsAt(HandlingLevel.COUNTY)).hasSize(demo.countyListSize()).hasSize(32);
        }

        @Test
        void shouldEntrustTheContractItemsToBanksButNotEmployeeEnrolment() {
            assertThat(demo.itemsAt(HandlingLevel.BANK)).extracting(CatalogueEntry::code)
                    .contains("ENR-02", "CHG-01", "PAY-01", "QRY-01", "QRY-02", "QRY-03").doesNotContain("ENR-01");
        }

        @Test
        void shouldGiveHospitalWindowsTheirItemsWhenSeeded() {
            assertThat(demo.itemsAt(HandlingLevel.HOSPITAL)).extracting(CatalogueEntry::code)
                    .containsExactlyInAnyOrder("ENR-03", "CHR-01", "SPD-01", "SPD-02", "SPD-03", "SPD-04", "FIL-02");
        }

        @Test
        void shouldContainEveryItemCodeOtherServicesCall() {
            assertThat(demo.entries()).extracting(CatalogueEntry::code).contains("ENR-01", "ENR-02", "ENR-03", "CHG-01", "CHG-02", "PAY-01",
                    "QRY-01", "QRY-02", "QRY-03", "TRF-01", "TRF-02", "FIL-01", "FIL-02", "CHR-01", "RMB-01", "MAT-01", "DMI-01", "AST-01",
                    "SPD-01", "SPD-02", "SPD-03", "SPD-04");
        }
    }
}
