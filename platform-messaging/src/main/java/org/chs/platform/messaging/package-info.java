/**
 * Reliable publishing and consuming for the platform's services (ARCHITECTURE §6), without multi-document transactions.
 *
 * <h2>Producing</h2>
 * An aggregate implements {@link org.chs.platform.messaging.HasOutbox}; the application service changes it, calls
 * {@link org.chs.platform.messaging.Outbox#stage} and saves it once. The change and its events are one document write.
 * The {@link org.chs.platform.messaging.OutboxRelay} publishes with publisher confirms and {@code $pull}s each message only
 * after its confirm: at least once, nothing lost. An append-only fact (a handling, a settlement line) can be its own event
 * document: implement {@code HasOutbox} on it and insert it with its event staged.
 *
 * <h2>Consuming</h2>
 * A {@link org.chs.platform.messaging.ConsumerQueue} bean declares the durable queue, its bindings and its
 * {@code <queue>.dlq}; {@code @RabbitListener} methods use the platform's default container factory: acknowledgement after
 * the handler returned, retry with exponential backoff in-process, then dead-lettering.
 *
 * <h2>Idempotent handlers</h2>
 * Delivery is at least once, so a handler's effect is keyed by the event id, in the same single document write as the effect:
 * <ul>
 * <li>a fact: its {@code _id} is the event id (or {@code <aggregate>:<eventId>}); insert it with
 * {@link org.chs.platform.messaging.IdempotentWriter#insertOnce}, a duplicate is a no-op;</li>
 * <li>a counter or accumulator: one conditional update
 * {@code updateOne({_id: id, appliedEvents: {$ne: eventId}}, {$inc: {...}, $push: {appliedEvents: {$each: [eventId], $slice: -N}}}, upsert)},
 * which is {@link org.chs.platform.messaging.IdempotentWriter#updateOnce};</li>
 * <li>never "find whether processed, then write": two consumers (or a redelivery racing the original) both pass the check.</li>
 * </ul>
 */
package org.chs.platform.messaging;
