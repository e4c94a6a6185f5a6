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
import static org.chs.settlement.it.SettlementFixtures.filing;
import static org.chs.settlement.it.SettlementFixtures.newIdNumber;
import static org.chs.settlement.it.SettlementFixtures.person;
import static org.chs.settlement.it.SettlementFixtures.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.bson.Document;
import org.chs.contracts.Exchanges;
import org.chs.contracts.RoutingKeys;
import org.chs.settlement.accumulator.AccumulatorService;
import org.chs.settlement.it.Api.Answer;
import org.chs.settlement.settlement.SettlementRecovery;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settlement flow on the running service with real MongoDB and RabbitMQ; enrollment and site-registry are WireMock stubs.
 * Each test uses people of its own, so accumulators never mix.
 */
@PlatformServiceTest
class SettlementIT {

    static final WireMockServer DEPENDENCIES = SettlementFixtures.startDependencies();

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

    Api api;
    private static boolean seeded;

    @BeforeEach
    void seed() {
        api = new Api(port);
        if (seeded) {
            return;
        }
        assertThat(api.put("/api/settlement/policies/" + HUANGPU + "/EMPLOYEE/2026", ADMIN, policy("300000.00")).status()).isEqualTo(200);
        assertThat(api.put("/api/settlement/policies/310104/EMPLOYEE/2026", ADMIN, policy("1000.00")).status()).isEqualTo(200);
        assertThat(api.put("/api/settlement/policies/310105/EMPLOYEE/2026", ADMIN, policy("300000.00")).status()).isEqualTo(200);
        Answer imported = api.post("/api/settlement/catalogues/" + CHUNAN + "/imports", ADMIN, CATALOGUE_CSV, "text/csv");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("accepted").asInt()).isEqualTo(4);
        // the register's levels: the first people's hospital LEVEL_1, the TCM hospital LEVEL_2
        assertThat(api.put("/api/settlement/institutions/inst-chunan-first-peoples/levels", ADMIN,
                "{\"levels\":[{\"level\":\"LEVEL_1\",\"effectiveFrom\":\"2000-01-01\"}]}").status()).isEqualTo(200);
        assertThat(api.put("/api/settlement/institutions/inst-chunan-tcm/levels", ADMIN,
                "{\"levels\":[{\"level\":\"LEVEL_2\",\"effectiveFrom\":\"2000-01-01\"}]}").status()).isEqualTo(200);
        seeded = true;
    }

    /** A person insured in the region with a long-term filing for Chun'an; returns the ID number. */
    String filedPerson(String region, String... diseases) {
        String idNumber = newIdNumber();
        person(DEPENDENCIES, idNumber, "psn-" + UUID.randomUUID(), region, true, diseases);
        Answer filed = api.post("/api/settlement/filings", CLERK, filing(idNumber, CHUNAN, "LONG_TERM_RESIDENT", "2026-01-01", null));
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        return idNumber;
    }

    static String billNumber() {
        return "ZY-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Nested
    class Settle {

        @Test
        void shouldItemiseEveryAmountWhenAHospitalSettlesAClassBBill() {
            String id = filedPerson(HUANGPU);
            // at the TCM hospital's LEVEL_2: B10 4 × 250.00 = 1000.00, self-pay-first 100.00; A1 2000.00; in-scope 2900.00;
            // (2900 − 600) × 0.85 = 1955.00
            Answer settled = api.post("/api/settlement/settlements", OTHER_HOSPITAL, bill(billNumber(), id, "LEVEL_2", false,
                    "B10 4 250.00", "A1 1 2000.00"));

            assertThat(settled.status()).as(settled.body().toString()).isEqualTo(201);
            JsonNode amounts = settled.body().path("amounts");
            assertThat(amounts.path("total").decimalValue()).isEqualByComparingTo("3000.00");
            assertThat(amounts.path("selfPayFirst").decimalValue()).isEqualByComparingTo("100.00");
            assertThat(amounts.path("inScope").decimalValue()).isEqualByComparingTo("2900.00");
            assertThat(amounts.path("deductiblePart").decimalValue()).isEqualByComparingTo("600.00");
            assertThat(amounts.path("fundPayment").decimalValue()).isEqualByComparingTo("1955.00");
            assertThat(amounts.path("personalPayment").decimalValue()).isEqualByComparingTo("1045.00");
            assertThat(settled.body().path("basis").asString()).isEqualTo("LONG_TERM");
            assertThat(settled.body().path("lines").get(0).path("flags").toString()).contains("SELF_PAY_FIRST");
            assertThat(settled.body().path("maskedIdNumber").asString()).contains("********").doesNotContain(id);
            assertThat(settled.body().toString()).doesNotContain(id);
        }

        @Test
        void shouldFlagUnmappedCodesAsSelfPayWhenTheCatalogueLacksThem() {
            String id = filedPerson(HUANGPU);
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", false,
                    "A1 1 5000.00", "S1 2 45.50", "NOT-IN-CATALOGUE 1 9.99"));

            assertThat(settled.status()).isEqualTo(201);
            assertThat(settled.body().path("amounts").path("selfPay").decimalValue()).isEqualByComparingTo("100.99");
            assertThat(settled.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("4230.00");
            assertThat(settled.body().path("lines").get(2).path("flags").toString()).contains("UNMAPPED");
        }

        @Test
        void shouldComputeWithoutCommittingWhenPreSettling() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            Answer quote = api.post("/api/settlement/pre-settlements", OTHER_HOSPITAL, bill(number, id, "LEVEL_2", false, "A1 1 2600.00"));

            assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
            assertThat(quote.body().path("status").asString()).isEqualTo("PRE_SETTLEMENT");
            assertThat(quote.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1700.00");
            assertThat(api.get("/api/settlement/bills/" + number, OTHER_HOSPITAL).status()).isEqualTo(404);
        }

        @Test
        void shouldShowASettlementOnlyToItsHospitalWhenAnotherHospitalAsks() {
            String id = filedPerson(HUANGPU);
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", false, "A1 1 1000.00"));
            String path = "/api/settlement/settlements/" + settled.body().path("id").asString();

            assertThat(api.get(path, HOSPITAL).status()).isEqualTo(200);
            assertThat(api.get(path, OTHER_HOSPITAL).status()).isEqualTo(404);
            assertThat(api.get(path, ADMIN).status()).isEqualTo(200);
            assertThat(api.get(path, CLERK).status()).isEqualTo(403);
            assertThat(api.get("/api/settlement/settlements", OTHER_HOSPITAL).body().path("items").toString())
                    .doesNotContain(settled.body().path("id").asString());
        }

        @Test
        void shouldRefuseWhenTheCallerIsNotAHospital() {
            String id = filedPerson(HUANGPU);
            assertThat(api.post("/api/settlement/settlements", CLERK, bill(billNumber(), id, "LEVEL_1", false, "A1 1 10.00")).status())
                    .isEqualTo(403);
        }

        @Test
        void shouldNameTheFieldAndRuleWhenTheRequestIsInvalid() {
            Answer invalid = api.post("/api/settlement/settlements", HOSPITAL, """
                    {"billNumber":"","idNumber":"123","admissionDate":"2026-05-01","dischargeDate":"2026-05-02","visitType":"INPATIENT","lines":[]}
                    """);

            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.body().path("errors").toString()).contains("billNumber").contains("idNumber").contains("lines")
                    .as("the level comes from the register").doesNotContain("hospitalLevel");
        }
    }

    @Nested
    class Refusals {

        @Test
        void shouldRefuseWithNoFilingWhenNoFilingCoversTheTreatmentRegion() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer refused = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", false, "A1 1 100.00"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/no-filing");
        }

        @Test
        void shouldSettleWithoutFilingOrReductionButFlaggedWhenTheVisitIsAnEmergency() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer settled = api.post("/api/settlement/settlements", OTHER_HOSPITAL, bill(billNumber(), id, "2026-05-01", "2026-05-10",
                    "INPATIENT", "I21.9", "LEVEL_2", true, "A1 1 2600.00"));

            assertThat(settled.status()).as(settled.body().toString()).isEqualTo(201);
            assertThat(settled.body().path("basis").asString()).isEqualTo("EMERGENCY");
            assertThat(settled.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1700.00");
            assertThat(settled.body().path("auditFlags").toString()).contains("EMERGENCY_WITHOUT_FILING");
        }

        @Test
        void shouldRefuseWithNotEligibleWhenThePersonIsNotEligibleOnTheAdmissionDate() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, false);
            Answer refused = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", true, "A1 1 100.00"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/not-eligible");
            assertThat(refused.body().path("reasons").toString()).contains("not paid");
        }

        @Test
        void shouldRefuseWithNoPolicyWhenTheInsuredRegionHasNone() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), "440101", true);
            Answer refused = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", true, "A1 1 100.00"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/no-policy");
        }

        @Test
        void shouldRefuseAChronicVisitWhenThePersonHoldsNoQualificationForTheDisease() {
            String id = filedPerson(HUANGPU, "I10");
            Answer refused = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "2026-05-01", "2026-05-01",
                    "OUTPATIENT_CHRONIC_SPECIAL", "E11", "LEVEL_1", false, "A1 1 100.00"));
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "2026-05-01", "2026-05-01",
                    "OUTPATIENT_CHRONIC_SPECIAL", "I10", "LEVEL_1", false, "A1 1 100.00"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/no-qualification");
            assertThat(settled.status()).isEqualTo(201);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void shouldReturnTheFirstResultWhenTheSameBillIsReplayed() {
            String id = filedPerson(HUANGPU);
            String body = bill(billNumber(), id, "LEVEL_1", false, "A1 1 1000.00");
            Answer first = api.post("/api/settlement/settlements", HOSPITAL, body);
            Answer replay = api.post("/api/settlement/settlements", HOSPITAL, body);

            assertThat(first.status()).isEqualTo(201);
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replay.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
            assertThat(replay.body().path("amounts")).isEqualTo(first.body().path("amounts"));
        }

        @Test
        void shouldAnswer422WhenADifferentBodyReusesTheBillNumber() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", false, "A1 1 1000.00"));
            Answer reused = api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", false, "A1 1 1000.01"));

            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.type()).endsWith("/idempotency-key-reused");
        }

        @Test
        void shouldLetTwoHospitalsUseTheSameBillNumberWhenEachSettlesItsOwn() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            assertThat(api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", true, "A1 1 10.00")).status()).isEqualTo(201);
            assertThat(api.post("/api/settlement/settlements", OTHER_HOSPITAL, bill(number, id, "LEVEL_2", true, "A1 1 10.00")).status()).isEqualTo(201);
        }
    }

    @Nested
    class Reversal {

        @Test
        void shouldRestoreTheAccumulatorOnceWhenASettlementIsReversedTwice() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", false, "A1 1 1300.00"));
            String personId = settled.body().path("personId").asString();
            assertThat(fundPaid(personId)).isEqualByComparingTo("900.00");

            Answer reversed = api.post("/api/settlement/bills/" + number + "/reversal", HOSPITAL, "{\"reason\":\"timeout at the cashier\"}");
            Answer again = api.post("/api/settlement/bills/" + number + "/reversal", HOSPITAL, "{\"reason\":\"timeout at the cashier\"}");

            assertThat(reversed.status()).isEqualTo(200);
            assertThat(reversed.body().path("status").asString()).isEqualTo("REVERSED");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().path("reversedAt")).isEqualTo(reversed.body().path("reversedAt"));
            assertThat(fundPaid(personId)).isEqualByComparingTo("0.00");
        }

        @Test
        void shouldLeaveAnotherHospitalsSettlementAloneWhenItReversesTheSameNumber() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", false, "A1 1 1300.00"));

            Answer other = api.post("/api/settlement/bills/" + number + "/reversal", OTHER_HOSPITAL, "{\"reason\":\"x\"}");

            assertThat(other.body().path("status").asString()).isEqualTo("VOIDED");
            assertThat(other.body().path("id").asString()).isNotEqualTo(settled.body().path("id").asString());
            assertThat(api.get("/api/settlement/bills/" + number, HOSPITAL).body().path("status").asString()).isEqualTo("COMPLETED");
        }

        @Test
        void shouldRefuseALateSettlementWhenItsReversalArrivedFirst() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();

            Answer voided = api.post("/api/settlement/bills/" + number + "/reversal", HOSPITAL, "{\"reason\":\"timeout at the cashier\"}");
            Answer late = api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "LEVEL_1", false, "A1 1 1300.00"));

            assertThat(voided.status()).isEqualTo(200);
            assertThat(voided.body().path("status").asString()).isEqualTo("VOIDED");
            assertThat(late.status()).isEqualTo(422);
            assertThat(late.type()).endsWith("/bill-voided");
        }
    }

    @Nested
    class Accumulators {

        @Test
        void shouldNeverPayPastTheCapWhenTwentyBillsOfOnePersonSettleConcurrently() throws Exception {
            // cap 1000.00; each bill: (1000.00 − 300.00) × 0.90 = 630.00 → 630.00, then 370.00, then eighteen times 0.00
            String id = filedPerson("310104");
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String body = bill(billNumber(), id, "LEVEL_1", false, "A1 1 1000.00");
                calls.add(() -> api.post("/api/settlement/settlements", HOSPITAL, body));
            }
            List<Answer> answers = runTogether(calls);

            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isEqualTo(201));
            BigDecimal paid = answers.stream().map(a -> a.body().path("amounts").path("fundPayment").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(paid).isEqualByComparingTo("1000.00");
            String personId = answers.get(0).body().path("personId").asString();
            assertThat(fundPaid(personId)).isEqualByComparingTo("1000.00");
            assertThat(answers.stream().filter(a -> a.body().path("amounts").path("capReached").asBoolean()).count()).isEqualTo(19);
        }

        @Test
        void shouldCountEachBillOnceWhenReplaysArriveInParallel() throws Exception {
            // 5 bills, each sent 4 times at once; each bill pays (1000.00 − 300.00) × 0.90 = 630.00, 5 × 630.00 = 3150.00
            String id = filedPerson(HUANGPU);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                bodies.add(bill(billNumber(), id, "LEVEL_1", false, "A1 1 1000.00"));
            }
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int copy = 0; copy < 4; copy++) {
                for (String body : bodies) {
                    calls.add(() -> api.post("/api/settlement/settlements", HOSPITAL, body));
                }
            }
            List<Answer> answers = runTogether(calls);

            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isIn(200, 201));
            assertThat(answers.stream().filter(a -> a.status() == 201).count()).isEqualTo(5);
            Set<String> ids = answers.stream().map(a -> a.body().path("id").asString()).collect(Collectors.toSet());
            assertThat(ids).hasSize(5);
            String personId = answers.get(0).body().path("personId").asString();
            assertThat(fundPaid(personId)).isEqualByComparingTo("3150.00");
            assertThat(api.get("/api/settlement/accumulators/" + personId + "/2026", ADMIN).body().path("bills").size()).isEqualTo(5);
        }
    }

    @Nested
    class Audit {

        @Test
        void shouldFlagReadmissionAndRestrictedDrugWithoutBlockingWhenAuditing() {
            String id = filedPerson(HUANGPU);
            api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "2026-04-01", "2026-04-10", "INPATIENT", null,
                    "LEVEL_1", false, "A1 1 100.00"));
            // admitted 5 days after discharge; D1 is restricted to E11, which this person does not hold; D1 × 40 > limit 30;
            // A1 twice on 2026-04-15
            Answer second = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "2026-04-15", "2026-04-20", "INPATIENT",
                    null, "LEVEL_1", false, "A1 1 100.00 2026-04-15", "A1 1 100.00 2026-04-15", "D1 40 12.00"));

            assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
            assertThat(second.body().path("auditFlags").toString()).contains("DECOMPOSED_HOSPITALISATION")
                    .contains("RESTRICTED_DRUG_WITHOUT_QUALIFICATION").contains("OVER_QUANTITY_LIMIT").contains("REPEAT_CHARGE");

            Answer listed = api.get("/api/settlement/audit-flags?rule=DECOMPOSED_HOSPITALISATION&institutionId=inst-chunan-first-peoples", AUDITOR);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.body().path("items").toString()).contains(second.body().path("id").asString()).contains("previousSettlementId");
            assertThat(api.get("/api/settlement/audit-flags", HOSPITAL).status()).isEqualTo(403);
        }
    }

    @Nested
    class Filings {

        @Test
        void shouldMarkTheFilingAsMadeUpWhenAHospitalFilesBeforeDischarge() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer filed = api.post("/api/settlement/filings", OTHER_HOSPITAL, filing(id, null, "OTHER_TEMPORARY", "2026-05-01", "2026-06-30"));

            assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
            assertThat(filed.body().path("madeUp").asBoolean()).isTrue();
            assertThat(filed.body().path("channel").asString()).isEqualTo("HOSPITAL_WINDOW");
            assertThat(filed.body().path("treatmentRegion").asString()).isEqualTo(CHUNAN);
            assertThat(filed.body().path("itemCode").asString()).isEqualTo("FIL-02");
            assertThat(filed.body().path("reviewToken").asString()).isNotBlank();
            // at the TCM hospital's LEVEL_2, temporary without referral: 0.85 − 15 points = 0.70; (2600.00 − 600.00) × 0.70 = 1400.00
            Answer settled = api.post("/api/settlement/settlements", OTHER_HOSPITAL, bill(billNumber(), id, "LEVEL_2", false, "A1 1 2600.00"));
            assertThat(settled.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1400.00");
        }

        @Test
        void shouldReturnTheFirstFilingWhenAHospitalRetriesWithTheSameIdempotencyKey() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            String body = filing(id, null, "REFERRAL", "2026-05-01", "2026-06-30");
            String key = "his-filing-" + UUID.randomUUID();
            Answer first = api.post("/api/settlement/filings", HOSPITAL, body, "application/json", "Idempotency-Key", key);
            Answer retry = api.post("/api/settlement/filings", HOSPITAL, body, "application/json", "Idempotency-Key", key);
            Answer reused = api.post("/api/settlement/filings", HOSPITAL, filing(id, null, "REFERRAL", "2026-05-02", "2026-06-30"),
                    "application/json", "Idempotency-Key", key);

            assertThat(first.status()).isEqualTo(201);
            // the first answer again, as on every operation that takes an Idempotency-Key
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.type()).endsWith("/idempotency-key-reused");
        }

        @Test
        void shouldStopCoveringWhenTheFilingIsRevoked() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer filed = api.post("/api/settlement/filings", CLERK, filing(id, "330100", "REFERRAL", "2026-05-01", "2026-06-30"));
            Answer revoked = api.post("/api/settlement/filings/" + filed.body().path("id").asString() + "/revocation", CLERK,
                    "{\"reason\":\"moved back\"," + SettlementFixtures.counterTimes() + "}");

            assertThat(revoked.status()).isEqualTo(200);
            assertThat(revoked.body().path("status").asString()).isEqualTo("REVOKED");
            assertThat(api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", false, "A1 1 2600.00")).type())
                    .endsWith("/no-filing");
        }

        @Test
        void shouldRefuseAFilingWhenTheTreatmentRegionIsInsideTheInsuredRegion() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer refused = api.post("/api/settlement/filings", CLERK, filing(id, "310000", "REFERRAL", "2026-05-01", "2026-06-30"));
            Answer ok = api.post("/api/settlement/filings", CLERK, filing(id, "330000", "REFERRAL", "2026-05-01", "2026-06-30"));

            assertThat(ok.status()).isEqualTo(201);
            assertThat(refused.status()).isEqualTo(422);
        }
    }

    @Nested
    class Reimbursement {

        @Test
        void shouldPayTheFundShareOnceWhenAClerkReimbursesABill() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            String body = """
                    {"institutionId":"inst-xihu-1","billNumber":"%s","idNumber":"%s","treatmentRegion":"%s","admissionDate":"2026-05-01",
                     "dischargeDate":"2026-05-03","visitType":"INPATIENT","hospitalLevel":"LEVEL_1","emergency":true,
                     "lines":[{"itemCode":"A1","quantity":1,"unitPrice":1300.00}],
                     "payee":{"name":"张三","bankName":"农业银行","accountNumber":"6228480012345678"},%s}
                    """.formatted(number, id, CHUNAN, SettlementFixtures.counterTimes());
            Answer paid = api.post("/api/settlement/reimbursements", CLERK, body);
            Answer replay = api.post("/api/settlement/reimbursements", CLERK, body);

            assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
            assertThat(paid.body().path("mode").asString()).isEqualTo("MANUAL");
            assertThat(paid.body().path("payment").path("amount").decimalValue()).isEqualByComparingTo("900.00");
            assertThat(paid.body().path("payment").path("payee").path("accountMasked").asString()).isEqualTo("************5678");
            assertThat(paid.body().path("handlingId").asString()).startsWith("hdl-");
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.body().path("id").asString()).isEqualTo(paid.body().path("id").asString());
            assertThat(api.post("/api/settlement/reimbursements", HOSPITAL, body).status()).isEqualTo(403);
        }
    }

    @Nested
    class Handlings {

        private String point;
        private String clerk;

        @BeforeEach
        void ownPoint() {
            point = "sp-handlings-" + UUID.randomUUID().toString().substring(0, 8);
            clerk = SettlementFixtures.TOKENS.clerk("clerk-" + point, point);
            SettlementFixtures.authorisedAt(DEPENDENCIES, point, "汾口镇便民服务中心医保服务点");
        }

        private Answer file() {
            String id = newIdNumber();
            person(DEPENDENCIES, id, "psn-" + UUID.randomUUID(), HUANGPU, true);
            Answer filed = api.post("/api/settlement/filings", clerk, filing(id, CHUNAN, "LONG_TERM_RESIDENT", "2026-01-01", null));
            assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
            return filed;
        }

        private JsonNode list(String token, String query) {
            Answer listed = api.get("/api/settlement/handlings" + query, token);
            assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
            return listed.body();
        }

        @Test
        void shouldListTheDaysFilingsRevocationsAndReimbursementsOfTheOwnPointInCompletionOrder() {
            Answer filed = file();
            String filingId = filed.body().path("id").asString();
            Answer revoked = api.post("/api/settlement/filings/" + filingId + "/revocation", clerk,
                    "{\"reason\":\"moved back\"," + SettlementFixtures.counterTimes() + "}");
            String reimbursed = filedPerson(HUANGPU);
            Answer paid = api.post("/api/settlement/reimbursements", clerk, SettlementFixtures.reimbursement(billNumber(), reimbursed));
            assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
            String day = filed.body().path("handling").path("completedOn").asString();

            JsonNode page = list(clerk, "?date=" + day);

            assertThat(page.path("hasNext").asBoolean()).isFalse();
            assertThat(page.has("total")).as("the day's handlings are not counted").isFalse();
            JsonNode items = page.path("items");
            assertThat(items.valueStream().map(h -> h.path("business").path("kind").asString()).toList())
                    .containsExactly("FILING", "FILING_REVOCATION", "MANUAL_REIMBURSEMENT");
            assertThat(items.valueStream().map(h -> h.path("handlingId").asString()).toList()).containsExactly(
                    filed.body().path("handlingId").asString(), revoked.body().path("handling").path("handlingId").asString(),
                    paid.body().path("handlingId").asString());
            assertThat(items.get(0).path("business").path("id").asString()).isEqualTo(filingId);
            assertThat(items.get(1).path("business").path("id").asString()).isEqualTo(filingId);
            assertThat(items.get(2).path("business").path("id").asString()).isEqualTo(paid.body().path("id").asString());
            assertThat(items.get(2).path("itemCode").asString()).isEqualTo("RMB-01");
            assertThat(items).allSatisfy(h -> {
                assertThat(h.path("servicePointId").asString()).isEqualTo(point);
                assertThat(h.path("servicePointName").asString()).isEqualTo("汾口镇便民服务中心医保服务点");
                assertThat(h.path("channel").asString()).isEqualTo("COUNTER");
                assertThat(h.path("outcome").asString()).isEqualTo("COMPLETED");
                assertThat(h.path("operator").asString()).isEqualTo("clerk-" + point);
                assertThat(h.path("authorisation").path("source").asString()).isEqualTo("LIVE");
                assertThat(h.path("queuedAt").asString()).isNotBlank();
                assertThat(h.has("reviewToken")).isFalse();
            });
        }

        @Test
        void shouldGiveTheRevocationsOwnHandlingAndTokenWhenAFilingIsRevoked() {
            Answer filed = file();
            Answer revoked = api.post("/api/settlement/filings/" + filed.body().path("id").asString() + "/revocation", clerk,
                    "{\"reason\":\"moved back\"," + SettlementFixtures.counterTimes() + "}");

            JsonNode made = filed.body().path("handling");
            JsonNode revocation = revoked.body().path("handling");
            assertThat(made.path("handlingId").asString()).isEqualTo(filed.body().path("handlingId").asString());
            assertThat(made.path("reviewToken").asString()).isEqualTo(filed.body().path("reviewToken").asString()).isNotBlank();
            assertThat(made.path("servicePointName").asString()).isEqualTo("汾口镇便民服务中心医保服务点");
            assertThat(made.path("itemName").asString()).isEqualTo("异地就医备案");
            assertThat(revocation.path("handlingId").asString()).startsWith("hdl-").isNotEqualTo(made.path("handlingId").asString());
            assertThat(revocation.path("reviewToken").asString()).isEqualTo(revoked.body().path("reviewToken").asString())
                    .isNotEqualTo(made.path("reviewToken").asString());
            assertThat(revocation.path("business").path("kind").asString()).isEqualTo("FILING_REVOCATION");
            assertThat(api.get("/api/settlement/filings/" + filed.body().path("id").asString(), clerk).body().has("handling")).isFalse();
        }

        @Test
        void shouldTellHasNextWhenTheDaySpansSeveralPages() {
            String day = file().body().path("handling").path("completedOn").asString();
            file();
            file();

            JsonNode first = list(clerk, "?size=2&page=0&date=" + day);
            JsonNode second = list(clerk, "?size=2&page=1&date=" + day);

            assertThat(first.path("items")).hasSize(2);
            assertThat(first.path("hasNext").asBoolean()).isTrue();
            assertThat(second.path("items")).hasSize(1);
            assertThat(second.path("hasNext").asBoolean()).isFalse();
            assertThat(second.path("items").get(0).path("handlingId").asString())
                    .isNotIn(first.path("items").get(0).path("handlingId").asString(), first.path("items").get(1).path("handlingId").asString());
            assertThat(list(clerk, "?date=2020-01-01").path("items")).isEmpty();
        }

        @Test
        void shouldForbidAClerkButNotTheAgencyWhenAnotherPointIsListed() {
            file();

            Answer foreign = api.get("/api/settlement/handlings?servicePointId=sp-chunan-county-hall", clerk);
            Answer unnamed = api.get("/api/settlement/handlings", ADMIN);

            assertThat(foreign.status()).isEqualTo(403);
            assertThat(foreign.type()).endsWith("/service-point-scope");
            assertThat(unnamed.status()).isEqualTo(400);
            assertThat(unnamed.body().path("errors").get(0).path("field").asString()).isEqualTo("servicePointId");
            assertThat(list(ADMIN, "?servicePointId=" + point).path("items")).hasSize(1);
            assertThat(list(AUDITOR, "?servicePointId=" + point).path("items")).hasSize(1);
            assertThat(list(HOSPITAL, "").path("items").valueStream().map(h -> h.path("servicePointId").asString()).toList())
                    .as("a hospital's list defaults to its own point").allSatisfy(sp -> assertThat(sp).isEqualTo("sp-hospital-chunan-first"));
            assertThat(api.get("/api/settlement/handlings?servicePointId=" + point, HOSPITAL).status())
                    .as("a hospital's list is its own point's, another is refused").isEqualTo(403);
        }

        @Test
        void shouldPublishThePointsNameWithTheHandling() {
            String queue = "settlement-handlings-it-" + UUID.randomUUID();
            amqp.declareQueue(new Queue(queue, false, false, false));
            amqp.declareBinding(BindingBuilder.bind(new Queue(queue))
                    .to(new TopicExchange(Exchanges.SETTLEMENT))
                    .with(RoutingKeys.HANDLING_COMPLETED_V1));
            try {
                String handlingId = file().body().path("handlingId").asString();

                JsonNode payload = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (payload == null && System.nanoTime() < deadline) {
                    Message message = rabbit.receive(queue, 2_000);
                    if (message != null) {
                        JsonNode envelope = JsonMapper.builder().build()
                                .readTree(new String(message.getBody(), StandardCharsets.UTF_8));
                        if (envelope.path("payload").path("handlingId").asString().equals(handlingId)) {
                            payload = envelope.path("payload");
                        }
                    }
                }
                assertThat(payload).as("handling.completed.v1 of " + handlingId).isNotNull();
                assertThat(payload.path("servicePointName").asString()).isEqualTo("汾口镇便民服务中心医保服务点");
                assertThat(payload.path("itemName").asString()).isEqualTo("异地就医备案");
                assertThat(payload.path("servicePointId").asString()).isEqualTo(point);
            } finally {
                amqp.deleteQueue(queue);
            }
        }
    }

    @Nested
    class Catalogue {

        @Test
        void shouldReportEachRejectedLineWithFieldAndRuleWhenImporting() {
            String csv = """
                    itemCode,name,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases
                    X1,ok,CLASS_A,,,,
                    X2,bad class,CLASS_Z,,,,
                    X3,no share,CLASS_B,,,,
                    X1,duplicate,CLASS_A,,,,
                    X4,restricted without disease,CLASS_A,,,true,
                    """;
            Answer report = api.post("/api/settlement/catalogues/330106/imports", ADMIN, csv, "text/csv");

            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body().path("accepted").asInt()).isEqualTo(1);
            JsonNode rejected = report.body().path("rejected");
            assertThat(rejected.size()).isEqualTo(4);
            assertThat(rejected.get(0).path("line").asInt()).isEqualTo(3);
            assertThat(rejected.get(0).path("field").asString()).isEqualTo("class");
            assertThat(rejected.get(1).path("rule").asString()).isEqualTo("range");
            assertThat(rejected.get(2).path("rule").asString()).isEqualTo("unique");
            assertThat(rejected.get(3).path("field").asString()).isEqualTo("qualifyingDiseases");
            assertThat(api.post("/api/settlement/catalogues/330106/imports", HOSPITAL, csv, "text/csv").status()).isEqualTo(403);
        }
    }

    @Nested
    class Guards {

        /** Every endpoint, and a caller whose role must not reach it. */
        static final List<String[]> FORBIDDEN = List.of(
                new String[] {"PUT", "/api/settlement/policies/310101/EMPLOYEE/2027", "HOSPITAL"},
                new String[] {"GET", "/api/settlement/policies/310101/EMPLOYEE/2026", "CLERK"},
                new String[] {"GET", "/api/settlement/policies/310101", "HOSPITAL"},
                new String[] {"PUT", "/api/settlement/catalogues/330127/items/A9", "AUDITOR"},
                new String[] {"POST", "/api/settlement/catalogues/330127/imports", "CLERK"},
                new String[] {"GET", "/api/settlement/catalogues/330127/items", "CLERK"},
                new String[] {"GET", "/api/settlement/catalogues/330127/items/A1", "CLERK"},
                new String[] {"PUT", "/api/settlement/institutions/inst-x", "HOSPITAL"},
                new String[] {"PUT", "/api/settlement/institutions/inst-x/levels", "AUDITOR"},
                new String[] {"GET", "/api/settlement/institutions", "CLERK"},
                new String[] {"GET", "/api/settlement/institutions/inst-x", "HOSPITAL"},
                new String[] {"POST", "/api/settlement/filings", "ADMIN"},
                new String[] {"GET", "/api/settlement/filings?personId=p", "HOSPITAL"},
                new String[] {"GET", "/api/settlement/filings/fil-x", "NOBODY"},
                new String[] {"POST", "/api/settlement/filings/fil-x/revocation", "HOSPITAL"},
                new String[] {"POST", "/api/settlement/pre-settlements", "CLERK"},
                new String[] {"POST", "/api/settlement/settlements", "ADMIN"},
                new String[] {"GET", "/api/settlement/settlements", "CLERK"},
                new String[] {"GET", "/api/settlement/settlements/stl-x", "CLERK"},
                new String[] {"GET", "/api/settlement/bills/ZY-1", "ADMIN"},
                new String[] {"POST", "/api/settlement/bills/ZY-1/reversal", "ADMIN"},
                new String[] {"GET", "/api/settlement/accumulators/psn-1/2026", "HOSPITAL"},
                new String[] {"GET", "/api/settlement/audit-flags", "CLERK"},
                new String[] {"POST", "/api/settlement/reimbursements", "ADMIN"},
                new String[] {"GET", "/api/settlement/reimbursements/stl-x", "HOSPITAL"},
                new String[] {"POST", "/api/settlement/reimbursements/stl-x/reversal", "AUDITOR"},
                new String[] {"GET", "/api/settlement/clearing/totals?period=2026-05", "HOSPITAL"},
                new String[] {"POST", "/api/settlement/clearing/runs", "AUDITOR"},
                new String[] {"GET", "/api/settlement/clearing/runs/2026-05", "CLERK"},
                new String[] {"GET", "/api/settlement/clearing/statements?period=2026-05", "HOSPITAL"},
                new String[] {"POST", "/api/settlement/clearing/statements/cls-x/confirmation", "AUDITOR"},
                new String[] {"GET", "/api/settlement/clearing/reconciliation?period=2026-05", "HOSPITAL"},
                new String[] {"GET", "/api/settlement/advance-funds/310101", "CLERK"},
                new String[] {"POST", "/api/settlement/advance-funds/310101/top-ups", "AUDITOR"},
                new String[] {"GET", "/api/settlement/handlings", "NOBODY"});

        @Test
        void shouldAnswer403WhenTheRoleDoesNotAllowTheEndpoint() {
            String nobody = SettlementFixtures.TOKENS.user("nobody");
            for (String[] c : FORBIDDEN) {
                String token = switch (c[2]) {
                    case "HOSPITAL" -> HOSPITAL;
                    case "CLERK" -> CLERK;
                    case "ADMIN" -> ADMIN;
                    case "AUDITOR" -> AUDITOR;
                    default -> nobody;
                };
                Answer answer = switch (c[0]) {
                    case "GET" -> api.get(c[1], token);
                    case "PUT" -> api.put(c[1], token, "{}");
                    default -> api.post(c[1], token, "{}");
                };
                assertThat(answer.status()).as("%s %s as %s: %s", c[0], c[1], c[2], answer.body()).isEqualTo(403);
                assertThat(api.get(c[1].replaceAll("\\?.*", ""), null).status()).as("%s without token", c[1]).isEqualTo(401);
            }
        }

        @Test
        void shouldDocumentEveryEndpointWhenTheOpenApiIsFetched() {
            Answer docs = api.get("/api/settlement/v3/api-docs", null);

            assertThat(docs.status()).isEqualTo(200);
            JsonNode paths = docs.body().path("paths");
            for (String[] c : FORBIDDEN) {
                String path = c[1].replaceAll("\\?.*", "").replace("runs/2026-05", "runs/{period}").replace("/2027", "/{year}").replace("/2026", "/{year}")
                        .replace("310101/EMPLOYEE", "{region}/{scheme}").replace("/policies/310101", "/policies/{region}")
                        .replace("catalogues/330127", "catalogues/{region}").replace("items/A9", "items/{itemCode}")
                        .replace("items/A1", "items/{itemCode}").replace("institutions/inst-x", "institutions/{institutionId}")
                        .replace("filings/fil-x", "filings/{filingId}").replace("settlements/stl-x", "settlements/{settlementId}")
                        .replace("bills/ZY-1", "bills/{billNumber}").replace("accumulators/psn-1", "accumulators/{personId}")
                        .replace("reimbursements/stl-x", "reimbursements/{settlementId}")
                        .replace("statements/cls-x", "statements/{statementId}").replace("advance-funds/310101", "advance-funds/{region}");
                assertThat(paths.has(path)).as("OpenAPI documents %s", path).isTrue();
                assertThat(paths.path(path).has(c[0].toLowerCase())).as("OpenAPI documents %s %s", c[0], path).isTrue();
            }
        }
    }

    @Nested
    class Recovery {

        @Autowired
        SettlementRecovery recovery;

        @Autowired
        AccumulatorService accumulators;

        @Autowired
        MongoOperations mongo;

        @Test
        void shouldReleaseTheReservationAndLetTheRetryTakeOverWhenAnAttemptDiedAfterReserving() {
            String id = filedPerson(HUANGPU);
            String number = billNumber();
            String body = bill(number, id, "LEVEL_1", false, "A1 1 1300.00");
            String personId = api.post("/api/settlement/pre-settlements", HOSPITAL, body).body().path("personId").asString();
            // what a process that died between the reservation and the completing write leaves behind
            Instant longAgo = Instant.now().minus(Duration.ofHours(1));
            mongo.insert(new Document("_id", "stl-crashed-" + number).append("institutionId", "inst-chunan-first-peoples")
                    .append("billNumber", number).append("requestHash", "whatever").append("mode", "DIRECT").append("status", "CLAIMED")
                    .append("attempt", "dead-attempt").append("claimedAt", Date.from(longAgo)).append("personId", personId)
                    .append("accumulatorYear", 2026).append("createdAt", Date.from(longAgo)).append("updatedAt", Date.from(longAgo))
                    .append("version", 0L).append("outbox", List.of()).append("auditFlags", List.of()), "settlements");
            accumulators.current(personId, 2026);
            assertThat(accumulators.reserve(personId, 2026, "inst-chunan-first-peoples|" + number, "dead-attempt", 0, 77_700)).isTrue();
            assertThat(fundPaid(personId)).isEqualByComparingTo("777.00");

            recovery.recover();

            assertThat(fundPaid(personId)).isEqualByComparingTo("0.00");
            Answer retried = api.post("/api/settlement/settlements", HOSPITAL, body);
            assertThat(retried.status()).as(retried.body().toString()).isEqualTo(201);
            assertThat(retried.body().path("id").asString()).isEqualTo("stl-crashed-" + number);
            // (1300.00 − 300.00) × 0.90 = 900.00, counted once
            assertThat(fundPaid(personId)).isEqualByComparingTo("900.00");
        }

        @Test
        void shouldCountTheClearingIncrementOnceWhenTheRecoveryRepeatsIt() {
            String id = filedPerson(HUANGPU);
            Answer settled = api.post("/api/settlement/settlements", HOSPITAL, bill(billNumber(), id, "LEVEL_1", false, "A1 1 1300.00"));
            String settlementId = settled.body().path("id").asString();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(settlementId)),
                    new Update().set("clearingPending", true).set("updatedAt", Date.from(Instant.now().minus(Duration.ofHours(1)))),
                    "settlements");

            recovery.recover();

            assertThat(mongo.findById(settlementId, Document.class, "settlements").getBoolean("clearingPending")).isFalse();
            String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
            assertThat(api.get("/api/settlement/clearing/reconciliation?period=" + period, ADMIN).body().path("consistent").asBoolean()).isTrue();
        }
    }

    private BigDecimal fundPaid(String personId) {
        Answer answer = api.get("/api/settlement/accumulators/" + personId + "/2026", ADMIN);
        return answer.status() == 404 ? BigDecimal.ZERO : answer.body().path("fundPaid").decimalValue();
    }

    static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
