package org.chs.platform.messaging;

import java.util.List;

/**
 * An aggregate (a MongoDB {@code @Document}) that carries the integration events of its own changes in an embedded outbox.
 *
 * <p>Implement it with a mutable list field named {@code outbox}, initialised to an empty list and never {@code null}, and
 * not {@code final} (or a persistence-constructor parameter): Spring Data silently skips final fields when it reads a
 * document, and an aggregate read with an empty outbox would overwrite the pending messages on its next save.
 *
 * <pre>{@code
 * @Document("handlings")
 * public class Handling implements HasOutbox {
 *     @Id private String id;
 *     @Version private Long version;
 *     private List<OutboxMessage> outbox = new ArrayList<>();
 *
 *     @Override
 *     public List<OutboxMessage> outbox() {
 *         return outbox;
 *     }
 * }
 * }</pre>
 *
 * {@link Outbox#stage} appends to the list; the application service then saves the aggregate once, so the change and its
 * events are one atomic document write. {@link OutboxRelay} finds every collection of a {@code HasOutbox} entity, publishes
 * what is pending and removes it with an atomic {@code $pull} that leaves {@code @Version} alone.
 */
public interface HasOutbox {

    /** The document field the outbox is stored in; the relay queries it directly. */
    String OUTBOX_PROPERTY = "outbox";

    /** The live, mutable list of messages not yet confirmed by the broker. */
    List<OutboxMessage> outbox();
}
