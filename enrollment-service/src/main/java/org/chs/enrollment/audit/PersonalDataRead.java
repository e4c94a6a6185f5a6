package org.chs.enrollment.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 个人信息查阅记录 — one disclosure of full personal data (an unmasked resident ID number): who saw whose number, when,
 * through which endpoint, why, and in which request. Written before the number is returned; never updated.
 */
@Document("personal_data_reads")
@CompoundIndexes({
        @CompoundIndex(name = "by_person", def = "{'personId': 1, 'readAt': -1}"),
        @CompoundIndex(name = "by_actor", def = "{'actor': 1, 'readAt': -1}"),
        @CompoundIndex(name = "by_time", def = "{'readAt': -1}")
})
public class PersonalDataRead {

    @Id
    private String id;
    private String actor;
    private String clientId;
    private Set<String> actorRoles;
    private String servicePointId;
    private String personId;
    private String endpoint;
    private String purpose;
    private String requestId;
    private Instant readAt;

    PersonalDataRead() {
    }

    PersonalDataRead(String actor, String clientId, Set<String> actorRoles, String servicePointId, String personId, String endpoint,
                     String purpose, String requestId, Instant readAt) {
        this.id = "pdr-" + UUID.randomUUID();
        this.actor = actor;
        this.clientId = clientId;
        this.actorRoles = Set.copyOf(actorRoles);
        this.servicePointId = servicePointId;
        this.personId = personId;
        this.endpoint = endpoint;
        this.purpose = purpose;
        this.requestId = requestId;
        this.readAt = readAt;
    }

    public String id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String clientId() {
        return clientId;
    }

    public Set<String> actorRoles() {
        return actorRoles;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String personId() {
        return personId;
    }

    public String endpoint() {
        return endpoint;
    }

    public String purpose() {
        return purpose;
    }

    public String requestId() {
        return requestId;
    }

    public Instant readAt() {
        return readAt;
    }
}
