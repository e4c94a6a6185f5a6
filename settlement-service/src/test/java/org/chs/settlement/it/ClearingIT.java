package org.chs.settlement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.it.SettlementFixtures.ADMIN;
import static org.chs.settlement.it.SettlementFixtures.AUDITOR;
import static org.chs.settlement.it.SettlementFixtures.CATALOGUE_CSV;
import static org.chs.settlement.it.SettlementFixtures.CHUNAN;
import static org.chs.settlement.it.SettlementFixtures.CLERK;
import static org.chs.settlement.it.SettlementFixtures.HOSPITAL;
import static org.chs.settlement.it.SettlementFixtures.HUANGPU;
import static org.chs.settlement.it.SettlementFixtures.OTHER_HOSPITAL;
import static org.chs.settlement.it.SettlementFixtures.bill;
import static org.chs.settlement.it.SettlementFixtures.newIdNumber;
import static org.chs.settlement.it.SettlementFixtures.person;
import static org.chs.settlement.it.SettlementFixtures.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.chs.contracts.Exchanges;
import org.chs.settlement.it.Api.Answer;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clearing end to end: settlements and a reversal across two region pairs, then the kept totals against the reconciliation,
 * the clearing run, confirmation against the advance fund, and the events on the broker.
 */
@PlatformServiceTest
class ClearingIT {

    static final WireMockServer DEPENDENCIES = SettlementFixtures.startDependencies();
    static final String SHENZHEN = "440304";

    static {
        SettlementFixtures.everythingAuthorised(DEPENDENCIES);
    }

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        // the first call of each client loads Feign and Jackson classes on a busy two-core machine; that is not an outage
        SettlementFixtures.useDependencies(registry, DEPENDENCIES, "20s");
        registry.add("chs.settlement.clearing.allow-open-period", () -> "true");
    }

    @AfterAll
    static void stop() {
        DEPENDENCIES.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    RabbitTemplate rabbit;

    @Test
    void shouldKeepClearingTotalsEqualToTheSumOfSettlementsAndClearThemByRegionPair() {
        Api api = new Api(port);
        String events = listenToSettlementEvents();
        api.put("/api/settlement/policies/" + HUANGPU + "/EMPLOYEE/2026", ADMIN, policy("300000.00"));
        api.put("/api/settlement/policies/" + SHENZHEN + "/EMPLOYEE/2026", ADMIN, policy("300000.00"));
        api.post("/api/settlement/catalogues/" + CHUNAN + "/imports", ADMIN, CATALOGUE_CSV, "text/csv");
        api.post("/api/settlement/catalogues/330106/imports", ADMIN, CATALOGUE_CSV, "text/csv");
        for (String institution : List.of("inst-chunan-first-peoples", "inst-chunan-tcm")) {
            assertThat(api.put("/api/settlement/institutions/" + institution + "/levels", ADMIN,
                    "{\"levels\":[{\"level\":\"LEVEL_2\",\"effectiveFrom\":\"2000-01-01\"}]}").status()).isEqualTo(200);
        }

        // six emergency bills: three Huangpu → Chun'an, two Shenzhen → Chun'an (one at the other hospital), one reimbursed
        // Huangpu → Xihu (330106); then one Huangpu → Chun'an bill is reversed
        Map<String, BigDecimal> fundByPair = new HashMap<>();
        List<String> huangpuBills = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = "ZY-CLR-H" + i;
            Answer a = settle(api, HOSPITAL, number, HUANGPU, "A1 1 " + (1000 + i * 100) + ".00", "B10 1 333.33");
            huangpuBills.add(number);
            fundByPair.merge(HUANGPU + ">" + CHUNAN, fund(a), BigDecimal::add);
        }
        for (int i = 0; i < 2; i++) {
            Answer a = settle(api, i == 0 ? HOSPITAL : OTHER_HOSPITAL, "ZY-CLR-S" + i, SHENZHEN, "A1 1 2000.00", "S1 1 99.99");
            fundByPair.merge(SHENZHEN + ">" + CHUNAN, fund(a), BigDecimal::add);
        }
        String reimbursedId = newIdNumber();
        person(DEPENDENCIES, reimbursedId, "psn-" + UUID.randomUUID(), HUANGPU, true);
        Answer reimbursed = api.post("/api/settlement/reimbursements", CLERK, """
                {"institutionId":"inst-xihu-1","billNumber":"MZ-CLR-1","idNumber":"%s","treatmentRegion":"330106","admissionDate":"2026-05-01",
                 "dischargeDate":"2026-05-03","visitType":"INPATIENT","hospitalLevel":"LEVEL_3","emergency":true,"diseaseCode":"S06.0",
                 "lines":[{"itemCode":"A1","quantity":3,"unitPrice":1234.56}],
                 "payee":{"name":"李四","bankName":"工商银行","accountNumber":"6222020012345678"},%s}
                """.formatted(reimbursedId, SettlementFixtures.counterTimes()));
        assertThat(reimbursed.status()).as(reimbursed.body().toString()).isEqualTo(201);
        fundByPair.merge(HUANGPU + ">330106", fund(reimbursed), BigDecimal::add);
        Answer reversed = api.post("/api/settlement/bills/" + huangpuBills.get(1) + "/reversal", HOSPITAL, "{\"reason\":\"wrong patient\"}");
        BigDecimal reversedFund = fund(reversed);

        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        Answer reconciliation = api.get("/api/settlement/clearing/reconciliation?period=" + period, AUDITOR);
        assertThat(reconciliation.status()).isEqualTo(200);
        assertThat(reconciliation.body().path("consistent").asBoolean()).as(reconciliation.body().toString()).isTrue();
        assertThat(reconciliation.body().path("pairsKept").asInt()).isEqualTo(3);

        Map<String, JsonNode> totals = new HashMap<>();
        api.get("/api/settlement/clearing/totals?period=" + period, ADMIN).body()
                .forEach(t -> totals.put(t.path("payerRegion").asString() + ">" + t.path("payeeRegion").asString(), t));
        assertThat(totals.get(HUANGPU + ">" + CHUNAN).path("settledFundPayment").decimalValue())
                .isEqualByComparingTo(fundByPair.get(HUANGPU + ">" + CHUNAN));
        assertThat(totals.get(HUANGPU + ">" + CHUNAN).path("netFundPayment").decimalValue())
                .isEqualByComparingTo(fundByPair.get(HUANGPU + ">" + CHUNAN).subtract(reversedFund));
        assertThat(totals.get(SHENZHEN + ">" + CHUNAN).path("settledCount").asInt()).isEqualTo(2);
        assertThat(totals.get(SHENZHEN + ">" + CHUNAN).path("settledFundPayment").decimalValue())
                .isEqualByComparingTo(fundByPair.get(SHENZHEN + ">" + CHUNAN));
        assertThat(totals.get(HUANGPU + ">330106").path("settledFundPayment").decimalValue())
                .isEqualByComparingTo(fundByPair.get(HUANGPU + ">330106"));

        // the run: one statement per pair; Chun'an receives from both, Huangpu pays both
        Answer run = api.post("/api/settlement/clearing/runs", ADMIN, "{\"period\":\"" + period + "\"}");
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        assertThat(run.body().path("statementIds").size()).isEqualTo(3);
        BigDecimal huangpuOwes = fundByPair.get(HUANGPU + ">" + CHUNAN).subtract(reversedFund).add(fundByPair.get(HUANGPU + ">330106"));
        JsonNode huangpu = position(run.body(), HUANGPU);
        assertThat(huangpu.path("payable").decimalValue()).isEqualByComparingTo(huangpuOwes);
        assertThat(huangpu.path("net").decimalValue()).isEqualByComparingTo(huangpuOwes.negate());
        assertThat(api.post("/api/settlement/clearing/runs", ADMIN, "{\"period\":\"" + period + "\"}").status()).isEqualTo(409);

        // confirmation draws on the payer's advance fund, once
        api.post("/api/settlement/advance-funds/" + HUANGPU + "/top-ups", ADMIN, "{\"amount\":100000.00}", "application/json",
                "Idempotency-Key", "top-up-1");
        Answer toppedTwice = api.post("/api/settlement/advance-funds/" + HUANGPU + "/top-ups", ADMIN, "{\"amount\":100000.00}",
                "application/json", "Idempotency-Key", "top-up-1");
        assertThat(toppedTwice.body().path("balance").decimalValue()).isEqualByComparingTo("100000.00");
        String statementId = "cls-" + period + "-" + HUANGPU + "-" + CHUNAN;
        Answer confirmed = api.post("/api/settlement/clearing/statements/" + statementId + "/confirmation", ADMIN, "{}");
        Answer confirmedAgain = api.post("/api/settlement/clearing/statements/" + statementId + "/confirmation", ADMIN, "{}");
        assertThat(confirmed.body().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmedAgain.status()).isEqualTo(200);
        Answer fund = api.get("/api/settlement/advance-funds/" + HUANGPU, AUDITOR);
        assertThat(fund.body().path("balance").decimalValue())
                .isEqualByComparingTo(new BigDecimal("100000.00").subtract(confirmed.body().path("fundPayment").decimalValue()));

        // the events reached the broker through the outbox
        Map<String, List<JsonNode>> received;
        try {
            received = receive(events, 10);
        } finally {
            amqp.deleteQueue(events);
        }
        assertThat(received.get("settlement.completed.v1")).hasSize(6);
        assertThat(received.get("settlement.reversed.v1")).hasSize(1);
        assertThat(received.get("clearing.statement-issued.v1")).hasSize(3);
        JsonNode manual = received.get("settlement.completed.v1").stream()
                .filter(e -> e.path("payload").path("mode").asString().equals("MANUAL")).findFirst().orElseThrow();
        assertThat(manual.path("payload").path("fundPayment").asString()).isEqualTo(fund(reimbursed).toPlainString());
        assertThat(manual.path("payload").path("servicePointId").asString()).isEqualTo("sp-chunan-county-hall");
    }

    @Test
    void shouldAnswerTheFirstTopUpAgainForTheSameKeyAndAmountAnd422ForAnotherAmount() {
        Api api = new Api(port);
        String path = "/api/settlement/advance-funds/" + HUANGPU + "/top-ups";
        String key = "top-up-" + UUID.randomUUID();
        Answer first = api.post(path, ADMIN, "{\"amount\":10.00}", "application/json", "Idempotency-Key", key);
        Answer same = api.post(path, ADMIN, "{\"amount\":10.00}", "application/json", "Idempotency-Key", key);
        Answer other = api.post(path, ADMIN, "{\"amount\":99.00}", "application/json", "Idempotency-Key", key);
        Answer badKey = api.post(path, ADMIN, "{\"amount\":10.00}", "application/json", "Idempotency-Key", "schlüssel-top-up");
        Answer shortKey = api.post(path, ADMIN, "{\"amount\":10.00}", "application/json", "Idempotency-Key", "k1");

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(same.raw().body()).isEqualTo(first.raw().body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.type()).endsWith("/idempotency-key-reused");
        for (Answer refused : List.of(badKey, shortKey)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        }
    }

    private Answer settle(Api api, String hospital, String number, String region, String... lines) {
        String id = newIdNumber();
        person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), region, true);
        Answer answer = api.post("/api/settlement/settlements", hospital, bill(number, id, "2026-05-01", "2026-05-10", "INPATIENT", "I21.9",
                "LEVEL_2", true, lines));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer;
    }

    private static BigDecimal fund(Answer answer) {
        return answer.body().path("amounts").path("fundPayment").decimalValue();
    }

    private static JsonNode position(JsonNode run, String region) {
        for (JsonNode p : run.path("positions")) {
            if (p.path("region").asString().equals(region)) {
                return p;
            }
        }
        throw new AssertionError("no position for " + region + " in " + run);
    }

    private String listenToSettlementEvents() {
        String queue = "settlement-clearing-it-" + UUID.randomUUID();
        // not exclusive/auto-delete: basic.get from the template's own channel must find it; deleted at the end of the test
        amqp.declareQueue(new Queue(queue, false, false, false));
        amqp.declareExchange(new TopicExchange(Exchanges.SETTLEMENT, true, false));
        Binding binding = BindingBuilder.bind(new Queue(queue)).to(new TopicExchange(Exchanges.SETTLEMENT)).with("#");
        amqp.declareBinding(binding);
        return queue;
    }

    private Map<String, List<JsonNode>> receive(String queue, int atLeast) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, List<JsonNode>> byType = new HashMap<>();
        // Delivery is at least once (a stale save can put a sent event back in the outbox): like every consumer, count
        // each event id once.
        java.util.Set<String> seen = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int count = 0;
        while (count < atLeast + 1 && System.nanoTime() < deadline) {
            Message message = rabbit.receive(queue, count < atLeast ? 5_000 : 1_000);
            if (message == null) {
                if (count >= atLeast) {
                    break;
                }
                continue;
            }
            JsonNode envelope = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            if (!seen.add(envelope.path("eventId").asString())) {
                continue;
            }
            byType.computeIfAbsent(envelope.path("type").asString(), t -> new ArrayList<>()).add(envelope);
            count++;
        }
        return byType;
    }
}
