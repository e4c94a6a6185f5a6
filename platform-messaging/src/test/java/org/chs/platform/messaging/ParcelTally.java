package org.chs.platform.messaging;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A consumer's counter, updated with {@link IdempotentWriter#updateOnce}. */
@Document("parcel_tallies")
public record ParcelTally(@Id String id, long shipped, List<String> appliedEvents) {
}
