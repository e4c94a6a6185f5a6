package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chs.testsupport.infra.PlatformInfrastructure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Idempotent writes against the embedded MongoDB (or a real one), which must support every operation they use. */
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = { "spring.application.name=idempotent-it", "chs.messaging.relay.enabled=false" })
@Import(PlatformInfrastructure.class)
class IdempotentWriterIT {

    @Autowired
    IdempotentWriter writer;
    @Autowired
    MongoTemplate mongo;

    @Nested
    class InsertOnce {

        @Test
        void shouldStoreFactOnceWhenSameEventArrivesTwice() {
            String eventId = UUID.randomUUID().toString();

            boolean first = writer.insertOnce(new ReceivedEvent(eventId, "p-1", 1));
            boolean second = writer.insertOnce(new ReceivedEvent(eventId, "p-1", 1));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(mongo.findAll(ReceivedEvent.class)).filteredOn(fact -> fact.eventId().equals(eventId)).hasSize(1);
        }
    }

    @Nested
    class UpdateOnce {

        @Test
        void shouldCountEachEventOnceWhenEventsAreRedelivered() {
            String tally = "tally-" + UUID.randomUUID();
            String first = UUID.randomUUID().toString();
            String second = UUID.randomUUID().toString();

            boolean created = writer.updateOnce(ParcelTally.class, tally, first, new Update().inc("shipped", 1));
            boolean duplicate = writer.updateOnce(ParcelTally.class, tally, first, new Update().inc("shipped", 1));
            boolean next = writer.updateOnce(ParcelTally.class, tally, second, new Update().inc("shipped", 1));
            boolean duplicateOfNext = writer.updateOnce(ParcelTally.class, tally, second, new Update().inc("shipped", 1));

            assertThat(created).isTrue();
            assertThat(duplicate).isFalse();
            assertThat(next).isTrue();
            assertThat(duplicateOfNext).isFalse();
            ParcelTally stored = mongo.findById(tally, ParcelTally.class);
            assertThat(stored.shipped()).isEqualTo(2);
            assertThat(stored.appliedEvents()).containsExactly(first, second);
        }

        @Test
        void shouldApplyEveryEventWhenDifferentEventsCreateTheSameDocumentConcurrently() throws Exception {
            String tally = "tally-" + UUID.randomUUID();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> applied = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String eventId = "event-" + i;
                    applied.add(pool.submit(() -> writer.updateOnce(ParcelTally.class, tally, eventId, new Update().inc("shipped", 1))));
                }
                for (Future<Boolean> one : applied) {
                    assertThat(one.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(mongo.findById(tally, ParcelTally.class).shipped()).isEqualTo(40);
        }

        @Test
        void shouldRememberOnlyTheWindowWhenManyEventsApplied() {
            String tally = "tally-" + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                writer.updateOnce(ParcelTally.class, tally, "event-" + i, new Update().inc("shipped", 1), 3);
            }

            ParcelTally stored = mongo.findById(tally, ParcelTally.class);
            assertThat(stored.shipped()).isEqualTo(5);
            assertThat(stored.appliedEvents()).containsExactly("event-2", "event-3", "event-4");
        }
    }
}
