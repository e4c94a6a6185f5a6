package org.chs.evaluation.kpi;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-process mongo-java-server (the embedded server the platform runs on) and handling facts for KPI tests. */
final class KpiFixtures {

    private KpiFixtures() {
    }

    static MongoServer server() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    static MongoTemplate template(MongoServer server) {
        return new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()), "kpi-test");
    }

    /** 2026-05-15 10:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2026-05-15T02:00:00Z");

    /** An instant counter handling whose ticket waited {@code waitMin} and that took {@code handleMin} minutes. */
    static HandlingFact counter(String id, String point, int waitMin, int handleMin) {
        Instant started = T0.plusSeconds(60L * waitMin);
        return new HandlingFact(id, point, "COUNTER", true, T0, started, started.plusSeconds(60L * handleMin), "ENR-02", "tk-" + id);
    }

    /** The same, as producers before queue tickets sent it: the queue and start times typed by the clerk, no ticket. */
    static HandlingFact typedCounter(String id, String point, int waitMin, int handleMin) {
        Instant started = T0.plusSeconds(60L * waitMin);
        return new HandlingFact(id, point, "COUNTER", true, T0, started, started.plusSeconds(60L * handleMin), "ENR-02", null);
    }

    static HandlingFact online(String id, String point) {
        return new HandlingFact(id, point, "ONLINE", false, null, T0, T0.plusSeconds(30), "PAY-01", null);
    }

    static HandlingFact selfService(String id, String point) {
        return new HandlingFact(id, point, "SELF_SERVICE", true, null, T0, T0.plusSeconds(90), "PAY-01", null);
    }
}
