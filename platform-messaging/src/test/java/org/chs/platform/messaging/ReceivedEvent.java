package org.chs.platform.messaging;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A consumer's stored fact, keyed by the event id so that a redelivery is a no-op. */
@Document("received_events")
public record ReceivedEvent(@Id String eventId, String parcelId, int sequence) {
}
