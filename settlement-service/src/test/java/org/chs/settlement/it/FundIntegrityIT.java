package org.chs.settlement.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.it.SettlementFixtures.ADMIN;
import static org.chs.settlement.it.SettlementFixtures.AUDITOR;
import static org.chs.settlement.it.SettlementFixtures.CATALOGUE_CSV;
import static org.chs.settlement.it.SettlementFixtures.CHUNAN;
import static org.chs.settlement.it.SettlementFixtures.CLERK;
import static org.chs.settlement.it.SettlementFixtures.HUANGPU;
import static org.chs.settlement.it.SettlementFixtures.TOKENS;
import static org.chs.settlement.it.SettlementFixtures.filing;
import static org.chs.settlement.it.SettlementFixtures.newIdNumber;
import static org.chs.settlement.it.SettlementFixtures.person;
import static org.chs.settlement.it.SettlementFixtures.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.chs.settlement.it.Api.Answer;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11 on the running service: the facts that decide money are the platform's (the hospital level comes from the
 * institution register, an emergency does not cancel a filing's reduction and is flagged without one), and bad input is a
 * 4xx naming what is wrong, never a 5xx or a question for enrollment.
 */
@PlatformServiceTest
class FundIntegrityIT {

    static final WireMockServer DEPENDENCIES = SettlementFixtures.startDependencies();
    /** A hospital of this test's own: first-level from 2020, third-level from 2026-03-01. */
    static final String GRADED = "inst-graded-it";
    static final String GRADED_HOSPITAL = TOKENS.hospital("hospital-graded-it", GRADED, "sp-hospital-graded-it");
    /** Hangzhou Xihu: the demo's resident-scheme numbers (deductible 400/800/1200, ratio 0.80/0.70/0.60, −10/−15 points). */
    static final String XIHU = "330106";

    static {
        SettlementFixtures.everythingAuthorised(DEPENDENCIES);
    }

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        SettlementFixtures.useDependencies(registry, DEPENDENCIES, "20s");
    }

    @AfterAll
    static void stop() {
        DEPENDENCIES.stop();
    }

    @LocalServerPort
    int port;

    Api api;
    private static boolean seeded;

    @BeforeEach
    void seed() {
        api = new Api(port);
        if (seeded) {
            return;
        }
        assertThat(api.put("/api/settlement/policies/" + HUANGPU + "/EMPLOYEE/2026", ADMIN, policy("300000.00")).status()).isEqualTo(200);
        assertThat(api.put("/api/settlement/policies/" + XIHU + "/EMPLOYEE/2026", ADMIN, """
                {"deductibles":{"LEVEL_1":400.00,"LEVEL_2":800.00,"LEVEL_3":1200.00},"ratios":{"LEVEL_1":0.80,"LEVEL_2":0.70,"LEVEL_3":0.60},
                 "annualCap":300000.00,"referralReductionPoints":10,"unreferredReductionPoints":15}
                """).status()).isEqualTo(200);
        assertThat(api.post("/api/settlement/catalogues/" + CHUNAN + "/imports", ADMIN, CATALOGUE_CSV, "text/csv").status()).isEqualTo(200);
        Answer located = api.put("/api/settlement/institutions/" + GRADED, ADMIN, "{\"treatmentRegion\":\"" + CHUNAN + "\"}");
        assertThat(located.status()).as(located.body().toString()).isEqualTo(200);
        Answer graded = api.put("/api/settlement/institutions/" + GRADED + "/levels", ADMIN, """
                {"levels":[{"level":"LEVEL_3","effectiveFrom":"2026-03-01"},{"level":"LEVEL_1","effectiveFrom":"2020-01-01"}]}
                """);
        assertThat(graded.status()).as(graded.body().toString()).isEqualTo(200);
        seeded = true;
    }

    /** A person insured in the region under EMPLOYEE, with a filing of the type for Chun'an from {@code from}; the ID number. */
    String filed(String region, String type, String from, String to) {
        String idNumber = newIdNumber();
        person(DEPENDENCIES, idNumber, "psn-" + UUID.randomUUID(), region, true);
        Answer filed = api.post("/api/settlement/filings", CLERK, filing(idNumber, CHUNAN, type, from, to));
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        return idNumber;
    }

    /** A person insured in the region with no filing. */
    String unfiled(String region) {
        String idNumber = newIdNumber();
        person(DEPENDENCIES, idNumber, "psn-" + UUID.randomUUID(), region, true);
        return idNumber;
    }

    /** An inpatient bill; {@code level} and {@code diagnosis} are left out when {@code null}; lines as "code quantity price". */
    static String bill(String idNumber, String admission, String discharge, String level, boolean emergency, String diagnosis,
                       String... lines) {
        String lineJson = Arrays.stream(lines).map(l -> l.split(" ")).map(p -> "{\"itemCode\":\"" + p[0] + "\",\"quantity\":" + p[1]
                + ",\"unitPrice\":" + p[2] + "}").collect(Collectors.joining(",", "[", "]"));
        return """
                {"billNumber":"%s","idNumber":"%s","admissionDate":"%s","dischargeDate":"%s","visitType":"INPATIENT",%s%s
                 "emergency":%s,"lines":%s}
                """.formatted("ZY-" + UUID.randomUUID().toString().substring(0, 12), idNumber, admission, discharge,
                level == null ? "" : "\"hospitalLevel\":\"" + level + "\",", diagnosis == null ? "" : "\"diseaseCode\":\"" + diagnosis + "\",",
                emergency, lineJson);
    }

    /** A number whose check character is right, so that only the other rules can be broken. */
    static String withCheckDigit(String first17) {
        return first17 + SettlementFixtures.checkDigit(first17);
    }

    /** The issue's bill: B10 4 × 250.00 (class B, 10 % self-pay first) and A1 2000.00: total 3000.00, in scope 2900.00. */
    static final String[] ISSUE_BILL = {"B10 4 250.00", "A1 1 2000.00"};

    @Nested
    class HospitalLevelFromTheRegister {

        @Test
        void shouldSettleAtTheRegistersLevelWhenTheHospitalDeclaresAnotherOne() {
            String id = filed(XIHU, "OTHER_TEMPORARY", "2026-02-01", "2026-06-30");

            Answer declaredCheaper = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_1", false, null, ISSUE_BILL));
            Answer omitted = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", null, false, null, ISSUE_BILL));

            // as LEVEL_1 the fund would pay (2900.00 − 400.00) × (0.80 − 0.15) = 1625.00
            assertThat(declaredCheaper.status()).as(declaredCheaper.body().toString()).isEqualTo(422);
            assertThat(declaredCheaper.type()).endsWith("/hospital-level-mismatch");
            assertThat(declaredCheaper.body().path("declaredLevel").asString()).isEqualTo("LEVEL_1");
            assertThat(declaredCheaper.body().path("registeredLevel").asString()).isEqualTo("LEVEL_3");
            // the register says LEVEL_3 on 2026-05-01: (2900.00 − 1200.00) × (0.60 − 0.15) = 765.00
            assertThat(omitted.status()).as(omitted.body().toString()).isEqualTo(201);
            assertThat(omitted.body().path("hospitalLevel").asString()).isEqualTo("LEVEL_3");
            assertThat(omitted.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("765.00");
        }

        @Test
        void shouldAcceptTheRegistersLevelWhenTheRequestRepeatsIt() {
            String id = filed(XIHU, "OTHER_TEMPORARY", "2026-02-01", "2026-06-30");

            Answer quote = api.post("/api/settlement/pre-settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_3", false, null, ISSUE_BILL));

            assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
            assertThat(quote.body().path("hospitalLevel").asString()).isEqualTo("LEVEL_3");
            assertThat(quote.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("765.00");
        }

        @Test
        void shouldUseTheLevelInForceOnTheAdmissionDateWhenTheInstitutionWasRegraded() {
            String id = filed(XIHU, "OTHER_TEMPORARY", "2026-02-01", "2026-06-30");

            // admitted before the regrading of 2026-03-01: LEVEL_1, (2900.00 − 400.00) × 0.65 = 1625.00
            Answer quote = api.post("/api/settlement/pre-settlements", GRADED_HOSPITAL,
                    bill(id, "2026-02-20", "2026-03-05", null, false, null, ISSUE_BILL));

            assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
            assertThat(quote.body().path("hospitalLevel").asString()).isEqualTo("LEVEL_1");
            assertThat(quote.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1625.00");
        }

        @Test
        void shouldRefuseWithNoHospitalLevelWhenTheRegisterHoldsNoneOnTheAdmissionDate() {
            String id = unfiled(HUANGPU);

            Answer refused = api.post("/api/settlement/pre-settlements", GRADED_HOSPITAL,
                    bill(id, "2019-12-28", "2020-01-03", "LEVEL_1", true, "I21.9", "A1 1 100.00"));

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/no-hospital-level");
            assertThat(refused.body().path("institutionId").asString()).isEqualTo(GRADED);
        }

        @Test
        void shouldRefuseWithUnknownInstitutionWhenTheRegisterDoesNotHoldIt() {
            String stranger = TOKENS.hospital("hospital-stranger-it", "inst-stranger-it", "sp-hospital-stranger-it");

            Answer refused = api.post("/api/settlement/settlements", stranger,
                    bill(unfiled(HUANGPU), "2026-05-01", "2026-05-10", null, false, null, "A1 1 100.00"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/unknown-institution");
        }

        @Test
        void shouldCheckAReimbursementsLevelAgainstTheRegisterAndRequireOneForAnUnregisteredInstitution() {
            String id = filed(HUANGPU, "LONG_TERM_RESIDENT", "2026-01-01", null);
            String mismatch = reimbursement(GRADED, id, "\"hospitalLevel\":\"LEVEL_1\",");
            String unregisteredWithout = reimbursement("inst-elsewhere-it", id, "");

            Answer refused = api.post("/api/settlement/reimbursements", CLERK, mismatch);
            Answer missing = api.post("/api/settlement/reimbursements", CLERK, unregisteredWithout);

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
            assertThat(refused.type()).endsWith("/hospital-level-mismatch");
            assertThat(missing.status()).as(missing.body().toString()).isEqualTo(400);
            assertThat(missing.body().path("errors").get(0).path("field").asString()).isEqualTo("hospitalLevel");
        }

        private String reimbursement(String institutionId, String idNumber, String level) {
            return """
                    {"institutionId":"%s","billNumber":"MZ-%s","idNumber":"%s","treatmentRegion":"%s","admissionDate":"2026-05-01",
                     "dischargeDate":"2026-05-03","visitType":"INPATIENT",%s"lines":[{"itemCode":"A1","quantity":1,"unitPrice":1300.00}],
                     "payee":{"name":"张三","bankName":"农业银行","accountNumber":"6228480012345678"},%s}
                    """.formatted(institutionId, UUID.randomUUID().toString().substring(0, 8), idNumber, CHUNAN, level,
                    SettlementFixtures.counterTimes());
        }
    }

    @Nested
    class Register {

        @Test
        void shouldShowTheLevelHistoryWithItsDatesWhenTheAgencyReadsTheRegister() {
            Answer one = api.get("/api/settlement/institutions/" + GRADED, AUDITOR);
            Answer all = api.get("/api/settlement/institutions", ADMIN);

            assertThat(one.status()).isEqualTo(200);
            assertThat(one.body().path("treatmentRegion").asString()).isEqualTo(CHUNAN);
            JsonNode levels = one.body().path("levels");
            assertThat(levels.get(0).path("level").asString()).isEqualTo("LEVEL_1");
            assertThat(levels.get(0).path("effectiveTo").asString()).isEqualTo("2026-02-28");
            assertThat(levels.get(1).path("level").asString()).isEqualTo("LEVEL_3");
            assertThat(levels.get(1).has("effectiveTo")).isFalse();
            assertThat(all.body().toString()).contains(GRADED).contains("inst-chunan-first-peoples");
        }

        @Test
        void shouldRefuseALevelHistoryWhenTheInstitutionIsUnknownOrTwoEntriesShareADate() {
            Answer unknown = api.put("/api/settlement/institutions/inst-nowhere-it/levels", ADMIN,
                    "{\"levels\":[{\"level\":\"LEVEL_2\",\"effectiveFrom\":\"2020-01-01\"}]}");
            Answer sameDate = api.put("/api/settlement/institutions/" + GRADED + "/levels", ADMIN,
                    "{\"levels\":[{\"level\":\"LEVEL_2\",\"effectiveFrom\":\"2020-01-01\"},{\"level\":\"LEVEL_3\",\"effectiveFrom\":\"2020-01-01\"}]}");
            Answer hospital = api.put("/api/settlement/institutions/" + GRADED + "/levels", GRADED_HOSPITAL,
                    "{\"levels\":[{\"level\":\"LEVEL_3\",\"effectiveFrom\":\"2000-01-01\"}]}");
            Answer longId = api.get("/api/settlement/institutions/" + "x".repeat(300), ADMIN);

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(sameDate.status()).isEqualTo(400);
            assertThat(sameDate.body().path("errors").get(0).path("rule").asString()).isEqualTo("unique-date");
            assertThat(hospital.status()).isEqualTo(403);
            assertThat(longId.status()).isEqualTo(400);
            assertThat(api.get("/api/settlement/institutions/" + GRADED, ADMIN).body().path("levels").size()).isEqualTo(2);
        }
    }

    @Nested
    class Emergency {

        @Test
        void shouldApplyTheFilingsReductionWhenAFilingCoversAnEmergencyStay() {
            String id = filed(HUANGPU, "REFERRAL", "2026-04-01", "2026-06-30");

            Answer settled = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_3", true, null, "A1 1 2600.00"));

            // LEVEL_3 of Huangpu: 1000.00 deductible, 0.80 − 10 points for the referral: (2600.00 − 1000.00) × 0.70 = 1120.00
            assertThat(settled.status()).as(settled.body().toString()).isEqualTo(201);
            assertThat(settled.body().path("basis").asString()).isEqualTo("REFERRAL");
            assertThat(settled.body().path("filingId").asString()).startsWith("fil-");
            assertThat(settled.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1120.00");
            assertThat(settled.body().path("auditFlags").toString()).doesNotContain("EMERGENCY_WITHOUT_FILING");
        }

        @Test
        void shouldRequireAnIcd10DiagnosisWhenAnEmergencyHasNoFiling() {
            String id = unfiled(HUANGPU);

            Answer without = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_3", true, null, "A1 1 2600.00"));
            Answer malformed = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_3", true, "heart attack", "A1 1 2600.00"));

            assertThat(without.status()).as(without.body().toString()).isEqualTo(400);
            assertThat(without.body().path("errors").get(0).path("field").asString()).isEqualTo("diseaseCode");
            assertThat(without.body().path("errors").get(0).path("rule").asString()).isEqualTo("required-for-emergency");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.body().path("errors").get(0).path("rule").asString()).isEqualTo("icd-10");
        }

        @Test
        void shouldFlagAndListAnEmergencyWithoutAFilingWithItsEvidence() {
            String id = unfiled(HUANGPU);

            Answer settled = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(id, "2026-05-01", "2026-05-10", "LEVEL_3", true, "I21.9", "A1 1 2600.00"));

            // no filing, no reduction: (2600.00 − 1000.00) × 0.80 = 1280.00, and a flag for the supervisors
            assertThat(settled.status()).as(settled.body().toString()).isEqualTo(201);
            assertThat(settled.body().path("basis").asString()).isEqualTo("EMERGENCY");
            assertThat(settled.body().path("amounts").path("fundPayment").decimalValue()).isEqualByComparingTo("1280.00");
            JsonNode flag = settled.body().path("auditFlags").get(0);
            assertThat(flag.path("rule").asString()).isEqualTo("EMERGENCY_WITHOUT_FILING");
            assertThat(flag.path("evidence").path("diagnosis").asString()).isEqualTo("I21.9");
            assertThat(flag.path("evidence").path("insuredRegion").asString()).isEqualTo(HUANGPU);
            Answer listed = api.get("/api/settlement/audit-flags?rule=EMERGENCY_WITHOUT_FILING&institutionId=" + GRADED, AUDITOR);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.body().path("items").toString()).contains(settled.body().path("id").asString());
        }
    }

    @Nested
    class BadInput {

        @Test
        void shouldRefuseAnImpossibleIdNumberNamingTheRuleWithoutAskingEnrollment() {
            String bornOn30February = withCheckDigit("31010119850230012");
            String bornTomorrow = withCheckDigit("310101" + LocalDate.now().plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE) + "012");
            String noProvince = withCheckDigit("99010119850612032");

            Answer settlement = api.post("/api/settlement/settlements", GRADED_HOSPITAL,
                    bill(bornOn30February, "2026-05-01", "2026-05-10", "LEVEL_3", false, null, "A1 1 100.00"));
            Answer quote = api.post("/api/settlement/pre-settlements", GRADED_HOSPITAL,
                    bill(bornTomorrow, "2026-05-01", "2026-05-10", "LEVEL_3", false, null, "A1 1 100.00"));
            Answer filingAnswer = api.post("/api/settlement/filings", CLERK, filing(noProvince, CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30"));

            assertThat(settlement.status()).as(settlement.body().toString()).isEqualTo(400);
            assertThat(settlement.body().path("errors").get(0).path("field").asString()).isEqualTo("idNumber");
            assertThat(settlement.body().path("errors").get(0).path("rule").asString()).isEqualTo("birth-date");
            assertThat(settlement.body().toString()).doesNotContain(bornOn30February);
            assertThat(quote.status()).isEqualTo(400);
            assertThat(quote.body().path("errors").get(0).path("rule").asString()).isEqualTo("birth-date");
            assertThat(filingAnswer.status()).isEqualTo(400);
            assertThat(filingAnswer.body().path("errors").get(0).path("rule").asString()).isEqualTo("region");
            for (String idNumber : new String[] {bornOn30February, bornTomorrow, noProvince}) {
                assertThat(DEPENDENCIES.findAll(postRequestedFor(urlPathEqualTo("/api/enrollment/eligibility-checks"))
                        .withRequestBody(matchingJsonPath("$.idNumber", equalTo(idNumber))))).as("enrollment asked about it").isEmpty();
            }
        }

        @Test
        void shouldAnswer400NamingTheHeaderWhenACatalogueHeaderHasAnEmptyColumn() {
            Answer refused = api.post("/api/settlement/catalogues/330108/imports", ADMIN,
                    "itemCode,name,,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases\nA1,x,,CLASS_A,,,,\n", "text/csv");

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.type()).endsWith("/validation");
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("header");
        }

        @Test
        void shouldRefuseATopUpWhenTheRegionIsNoInsuredRegion() {
            Answer unknown = api.post("/api/settlement/advance-funds/990101/top-ups", ADMIN, "{\"amount\":100.00}", "application/json",
                    "Idempotency-Key", "top-up-unknown-region-it");
            Answer known = api.post("/api/settlement/advance-funds/" + HUANGPU + "/top-ups", ADMIN, "{\"amount\":100.00}",
                    "application/json", "Idempotency-Key", "top-up-known-region-it");

            assertThat(unknown.status()).as(unknown.body().toString()).isEqualTo(404);
            assertThat(unknown.type()).endsWith("/not-found");
            assertThat(known.status()).isEqualTo(200);
        }
    }
}
