package org.chs.registry.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chs.registry.web.ApiClient;
import org.chs.registry.web.ApiClient.Response;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * 排队叫号 over HTTP with real MongoDB: numbers from the atomic counter, system times, who may take, call and claim, one
 * handling per ticket. On its own province (34, Anhui) so that other tests sharing the context do not interfere.
 */
@PlatformServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String POINT = "sp-ah-township-q";
    private static final String OTHER_POINT = "sp-ah-township-r";
    private static final String TICKETS = "/api/registry/service-points/" + POINT + "/tickets";
    private static final String ADMIN = TOKENS.user("admin", "agency-admin");
    private static final String CLERK = TOKENS.clerk("clerk-q", POINT);
    private static final String OTHER_CLERK = TOKENS.clerk("clerk-r", OTHER_POINT);
    private static final String KIOSK = TOKENS.token().serviceAccount("self-service-kiosk-q").roles("counter-clerk")
            .claim("service_point_id", POINT).claim("handling_channel", "SELF_SERVICE").sign();
    private static final String ONLINE_HALL = TOKENS.token().serviceAccount("online-hall").roles("counter-clerk")
            .claim("service_point_id", POINT).claim("handling_channel", "ONLINE").sign();
    private static final String BANK = TOKENS.bank("bank-x", POINT);

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeAll
    void start() {
        api = new ApiClient(port);
        area("34", "PROVINCE", null);
        area("3401", "CITY", "34");
        area("340102", "COUNTY", "3401");
        area("340102001", "TOWNSHIP", "340102");
        station(POINT);
        station(OTHER_POINT);
    }

    private void area(String code, String level, String parent) {
        Response response = api.post("/api/registry/areas", ADMIN, """
                {"code":"%s","name":"area %s","level":"%s","parentCode":%s,"population":40000,
                 "centroid":{"latitude":31.8,"longitude":117.2}}""".formatted(code, code, level, parent == null ? "null" : "\"" + parent + "\""));
        assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
    }

    private void station(String id) {
        Response response = api.post("/api/registry/service-points", ADMIN, """
                {"id":"%s","type":"TOWNSHIP_STATION","areaCode":"340102001","name":"station %s","address":"x",
                 "location":{"latitude":31.8,"longitude":117.2},"floorAreaSquareMetres":180,"staffCount":3,"selfServiceMachines":2,
                 "zones":["GUIDANCE_CONSULTATION","SELF_SERVICE","QUEUE_CALLING","COUNTER_ACCEPTANCE","WAITING_REST","MULTIMEDIA"]}"""
                .formatted(id, id));
        assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
    }

    private JsonNode issued(String token) {
        Response response = api.post(TICKETS, token, "");
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json();
    }

    private Response call(String ticketId, String token) {
        return api.post(TICKETS + "/" + ticketId + "/call", token, "");
    }

    private Response claim(String ticketId, String handlingId, String token) {
        return api.post(TICKETS + "/" + ticketId + "/claim", token, "{\"handlingId\":\"" + handlingId + "\"}");
    }

    @Test
    @Order(1)
    void shouldNumberTicketsPerPointAndDayWithTheSystemTimeWhenAClerkOrTheTerminalTakesThem() {
        Instant before = Instant.now();
        JsonNode first = issued(CLERK);
        JsonNode second = issued(KIOSK);

        assertThat(first.get("number").asString()).isEqualTo("A001");
        assertThat(second.get("number").asString()).isEqualTo("A002");
        assertThat(first.get("status").asString()).isEqualTo("ISSUED");
        assertThat(Instant.parse(first.get("issuedAt").asString())).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(first.get("issuedBy").asString()).isEqualTo("clerk-q");
        assertThat(second.get("issuedBy").asString()).isEqualTo("self-service-kiosk-q");
    }

    @Test
    @Order(2)
    void shouldGiveDistinctNumbersWhenTicketsAreTakenAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> takes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                takes.add(() -> issued(CLERK).get("number").asString());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : pool.invokeAll(takes)) {
                numbers.add(number.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(16).allMatch(n -> n.compareTo("A003") >= 0 && n.compareTo("A018") <= 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void shouldRefuseCallersThatAreNotThePointsClerksOrTerminalWhenTakingATicket() {
        assertThat(api.post(TICKETS, OTHER_CLERK, "").status()).isEqualTo(403);
        assertThat(api.post(TICKETS, ONLINE_HALL, "").status()).isEqualTo(403);
        assertThat(api.post(TICKETS, BANK, "").status()).isEqualTo(403);
        assertThat(api.post(TICKETS, ADMIN, "").status()).isEqualTo(403);
        assertThat(api.post(TICKETS, null, "").status()).isEqualTo(401);
        assertThat(api.post("/api/registry/service-points/sp-nowhere/tickets", TOKENS.clerk("c", "sp-nowhere"), "").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void shouldCallWithTheSystemTimeAndServeOneHandlingWhenClaimed() {
        JsonNode ticket = issued(CLERK);
        String id = ticket.get("id").asString();

        assertThat(claim(id, "hdl-early", CLERK).json().get("rule").asString()).as("not called yet").isEqualTo("ticket-not-called");
        assertThat(call(id, KIOSK).status()).as("a terminal does not call").isEqualTo(403);
        assertThat(call(id, OTHER_CLERK).status()).as("another point's clerk").isEqualTo(403);
        Response called = call(id, CLERK);
        assertThat(called.status()).as(called.raw().body()).isEqualTo(200);
        assertThat(called.json().get("status").asString()).isEqualTo("CALLED");
        assertThat(Instant.parse(called.json().get("calledAt").asString())).isAfterOrEqualTo(Instant.parse(ticket.get("issuedAt").asString()));
        Response again = call(id, CLERK);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("rule").asString()).isEqualTo("ticket-not-waiting");

        Response claimed = claim(id, "hdl-1", CLERK);
        Response replay = claim(id, "hdl-1", CLERK);
        Response other = claim(id, "hdl-2", CLERK);
        Response fromTerminal = claim(id, "hdl-3", KIOSK);

        assertThat(claimed.status()).as(claimed.raw().body()).isEqualTo(200);
        assertThat(claimed.json().get("status").asString()).isEqualTo("SERVED");
        assertThat(claimed.json().get("servedBy").asString()).isEqualTo("hdl-1");
        assertThat(claimed.json().get("issuedAt")).isEqualTo(ticket.get("issuedAt"));
        assertThat(claimed.json().get("calledAt")).isEqualTo(called.json().get("calledAt"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(claimed.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("rule").asString()).isEqualTo("ticket-already-served");
        assertThat(other.json().get("field").asString()).isEqualTo("ticketId");
        assertThat(fromTerminal.status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void shouldNotFindATicketThroughAnotherPoint() {
        String id = issued(CLERK).get("id").asString();
        Response viaOther = api.post("/api/registry/service-points/" + OTHER_POINT + "/tickets/" + id + "/call", OTHER_CLERK, "");
        assertThat(viaOther.status()).isEqualTo(404);
        assertThat(api.get(TICKETS + "/" + id, OTHER_CLERK).status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void shouldCancelAWaitingTicketAndRefuseItsClaim() {
        String id = issued(CLERK).get("id").asString();
        Response cancelled = api.post(TICKETS + "/" + id + "/cancel", CLERK, "");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(call(id, CLERK).json().get("rule").asString()).isEqualTo("ticket-not-waiting");
    }

    @Test
    @Order(7)
    void shouldListTheDaysQueueInOrderAndByStatusWhenThePointOrTheAgencyAsks() {
        Response all = api.get(TICKETS + "?size=100", CLERK);
        Response served = api.get(TICKETS + "?status=SERVED", ADMIN);
        Response firstPage = api.get(TICKETS + "?size=2", CLERK);

        assertThat(all.status()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        all.json().get("items").forEach(t -> numbers.add(t.get("number").asString()));
        assertThat(numbers).hasSize(21).isSorted().startsWith("A001", "A002");
        assertThat(served.json().get("items")).hasSize(1);
        assertThat(served.json().get("items").get(0).get("servedBy").asString()).isEqualTo("hdl-1");
        assertThat(firstPage.json().get("items")).hasSize(2);
        assertThat(firstPage.json().get("hasNext").asBoolean()).isTrue();
        assertThat(api.get(TICKETS + "?day=2020-01-01&status=EXPIRED", CLERK).json().get("items")).isEmpty();
        assertThat(api.get(TICKETS, OTHER_CLERK).status()).isEqualTo(403);
        assertThat(api.get(TICKETS, BANK).status()).isEqualTo(403);
    }
}
