package org.chs.registry.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueFixtures;
import org.chs.registry.catalogue.CatalogueService;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.servicepoint.ServicePointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DelegationReportTest {

    private final ServicePointService points = mock(ServicePointService.class);
    private final CatalogueService catalogue = mock(CatalogueService.class);
    private final AuthorisationService service = new AuthorisationService(points, catalogue, new DelegationProperties(30));

    private DelegationReport reportWith(Catalogue current, ServicePoint... inCounty) {
        when(catalogue.current()).thenReturn(current);
        when(points.allIn("330127")).thenReturn(List.of(inCounty));
        return service.delegationReport("330127");
    }

    private static ServicePoint village() {
        return ServicePointFixtures.point("sp-v", ServicePointType.VILLAGE_STATION, "330127107201", 29.58, 118.58);
    }

    @Nested
    class ThirtyPercentRule {

        @Test
        void shouldMeetRuleWhenShareIsExactlyThirtyPercent() {
            DelegationRow row = reportWith(CatalogueFixtures.withVillageShare(3, 10), village()).points().get(0);

            assertThat(row.sharePercent()).isEqualByComparingTo("30.0");
            assertThat(row.meetsRule()).isTrue();
        }

        @Test
        void shouldFailRuleWhenShareRoundsToThirtyButIsBelow() {
            // 10 of 34 = 29.41 %; 1000 of 3334 would round to 30.0 — compare exactly, never the rounded figure
            DelegationRow row = reportWith(CatalogueFixtures.withVillageShare(10, 34), village()).points().get(0);

            assertThat(row.meetsRule()).isFalse();
            assertThat(row.sharePercent()).isEqualByComparingTo("29.4");
        }

        @Test
        void shouldMeetRuleForVillagesWhenDemoCatalogue() {
            DelegationRow row = reportWith(CatalogueFixtures.demo(), village()).points().get(0);

            assertThat(row.handleableItems()).isEqualTo(10);
            assertThat(row.countyListSize()).isEqualTo(32);
            assertThat(row.meetsRule()).isTrue();
        }
    }

    @Nested
    class Scope {

        @Test
        void shouldReportOnlyTownshipVillageAndCommunityPointsWhenCountyHasOthers() {
            DelegationReport report = reportWith(CatalogueFixtures.demo(), village(),
                    ServicePointFixtures.point("sp-t", ServicePointType.TOWNSHIP_STATION, "330127107", 29.58, 118.58),
                    ServicePointFixtures.point("sp-b", ServicePointType.BANK_BRANCH, "330127107", 29.58, 118.58),
                    ServicePointFixtures.point("sp-c", ServicePointType.COUNTY_HALL, "330127", 29.6, 119.0));

            assertThat(report.points()).extracting(DelegationRow::servicePointId).containsExactlyInAnyOrder("sp-v", "sp-t");
            assertThat(report.meetingRule()).isEqualTo(2);
        }
    }
}
