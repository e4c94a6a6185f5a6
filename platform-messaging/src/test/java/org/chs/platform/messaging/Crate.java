package org.chs.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A second outbox aggregate, in another collection and with the outbox under another field name. */
@Document("crates")
public class Crate implements HasOutbox {

    @Id
    private String id;
    @Field("pendingEvents")
    private List<OutboxMessage> outbox = new ArrayList<>(); // not final: Spring Data sets it when reading

    Crate() {
    }

    Crate(String id) {
        this.id = id;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }
}
