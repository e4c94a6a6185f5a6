package org.chs.registry.queue;

import org.springframework.data.mongodb.repository.MongoRepository;

/** 排队票库 — persistence of {@link QueueTicket}; lists go through {@link QueueService} and MongoTemplate. */
interface QueueTicketRepository extends MongoRepository<QueueTicket, String> {
}
