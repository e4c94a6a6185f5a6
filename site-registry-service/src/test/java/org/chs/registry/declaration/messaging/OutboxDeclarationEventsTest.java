package org.chs.registry.declaration.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.contracts.DemonstrationSiteDeclaredEvent;
import org.chs.contracts.DemonstrationSiteStatusChangedEvent;
import org.chs.registry.declaration.AwardLevel;
import org.chs.registry.declaration.DeclarationEvent;
import org.chs.registry.declaration.DeclarationStatus;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.servicepoint.ServicePointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping of demonstration-site events to {@code demonstration-site.declared.v1} and {@code …status-changed.v1}. */
class OutboxDeclarationEventsTest {

    static final Instant AT = Instant.parse("2026-09-20T02:00:00Z");

    @Nested
    class Declared {

        @Test
        void shouldNameTheTypeCategoryAndLevel() {
            DemonstrationSiteDeclaredEvent event = OutboxDeclarationEvents.declared(new DeclarationEvent.SiteDeclared("dcl-1", "batch-1",
                    "sp-1", "汾口镇便民服务中心", ServicePointType.TOWNSHIP_STATION, DemonstrationCategory.values()[0], AwardLevel.COUNTY, 2026,
                    "330127101", LocalDate.of(2026, 5, 15), AT));

            assertThat(event).isEqualTo(new DemonstrationSiteDeclaredEvent("dcl-1", "batch-1", "sp-1", "汾口镇便民服务中心",
                    "TOWNSHIP_STATION", DemonstrationCategory.values()[0].name(), "COUNTY", 2026, "330127101", LocalDate.of(2026, 5, 15)));
        }
    }

    @Nested
    class StatusChanged {

        @Test
        void shouldLeaveOutTheLevelsAndPreviousStatusWhenThereAreNone() {
            DemonstrationSiteStatusChangedEvent event = OutboxDeclarationEvents.statusChanged(new DeclarationEvent.SiteStatusChanged(
                    "dcl-1", "batch-1", "sp-1", DeclarationStatus.values()[0], null, null, null, LocalDate.of(2026, 5, 15), null, AT));

            assertThat(event).isEqualTo(new DemonstrationSiteStatusChangedEvent("dcl-1", "batch-1", "sp-1",
                    DeclarationStatus.values()[0].name(), null, null, null, LocalDate.of(2026, 5, 15), null));
        }

        @Test
        void shouldNameTheNominatedLevelWhenNominated() {
            DemonstrationSiteStatusChangedEvent event = OutboxDeclarationEvents.statusChanged(new DeclarationEvent.SiteStatusChanged(
                    "dcl-1", "batch-1", "sp-1", DeclarationStatus.AWARDED, DeclarationStatus.AWARDED, AwardLevel.COUNTY, AwardLevel.CITY,
                    LocalDate.of(2026, 10, 1), "nominated to CITY selection", AT));

            assertThat(event.awardedLevel()).isEqualTo("COUNTY");
            assertThat(event.nominatedLevel()).isEqualTo("CITY");
            assertThat(event.previousStatus()).isEqualTo("AWARDED");
        }
    }
}
