package org.chs.registry.catalogue.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.chs.contracts.CatalogueChangedEvent;
import org.chs.registry.catalogue.CatalogueChange;
import org.chs.registry.catalogue.CatalogueEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping of a published catalogue version to {@code catalogue.changed.v1}. */
class OutboxCatalogueEventsTest {

    @Nested
    class Changed {

        @Test
        void shouldNameTheChangeTypeAndCarryTheCodesAndSummary() {
            CatalogueEvent.CatalogueChanged changed = new CatalogueEvent.CatalogueChanged(4, 3,
                    new CatalogueChange(CatalogueChange.ChangeType.UPDATED, List.of("FIL-01", "RMB-01"), "two items updated"), 57,
                    Instant.parse("2026-05-15T02:00:00Z"));

            assertThat(OutboxCatalogueEvents.changed(changed)).isEqualTo(new CatalogueChangedEvent(4, 3, "UPDATED",
                    List.of("FIL-01", "RMB-01"), 57, "two items updated"));
        }
    }
}
