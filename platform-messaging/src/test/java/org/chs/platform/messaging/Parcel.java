package org.chs.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate with an optimistic-lock version and an outbox, shaped like a service's aggregate root. */
@Document("parcels")
public class Parcel implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String status;
    private List<OutboxMessage> outbox = new ArrayList<>(); // not final: Spring Data sets it when reading

    Parcel() {
    }

    Parcel(String id, String status) {
        this.id = id;
        this.status = status;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    String status() {
        return status;
    }

    void status(String status) {
        this.status = status;
    }
}
