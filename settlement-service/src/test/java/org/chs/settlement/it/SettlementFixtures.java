package org.chs.settlement.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.chs.testsupport.jwt.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Tokens, people, policies, catalogue and bills for the settlement ITs; enrollment and site-registry as WireMock stubs. */
final class SettlementFixtures {

    static final TestTokens TOKENS = TestTokens.shared();
    static final String HOSPITAL = TOKENS.hospital("hospital-chunan-first", "inst-chunan-first-peoples", "sp-hospital-chunan-first");
    static final String OTHER_HOSPITAL = TOKENS.hospital("hospital-chunan-tcm", "inst-chunan-tcm", "sp-hospital-chunan-tcm");
    static final String CLERK = TOKENS.clerk("clerk-county", "sp-chunan-county-hall");
    static final String ADMIN = TOKENS.user("admin", "agency-admin");
    static final String AUDITOR = TOKENS.user("auditor", "auditor");

    /** The hospitals' default region. */
    static final String CHUNAN = "330127";
    /** Shanghai Huangpu: the insured region of most test people. */
    static final String HUANGPU = "310101";

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private SettlementFixtures() {
    }

    /** A fresh, valid resident ID number born in Huangpu, for a person no other test uses. */
    static String newIdNumber() {
        String first17 = "310101" + "19600101" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        return first17 + checkDigit(first17);
    }

    static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return check[sum % 11];
    }

    /** Enrollment answers for this ID number: insured in the region under EMPLOYEE, eligible or not, with disease qualifications. */
    static void person(WireMockServer enrollment, String idNumber, String personId, String region, boolean eligible, String... diseases) {
        String qualifications = Arrays.stream(diseases)
                .map(d -> "{\"diseaseCode\":\"" + d + "\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\"}")
                .collect(Collectors.joining(",", "[", "]"));
        String body = """
                {"personId":"%s","maskedIdNumber":"%s","name":"张三","scheme":"EMPLOYEE","poolingRegion":"%s","status":"%s",
                 "covered":%s,"eligible":%s,"reasons":%s,"qualifications":%s}
                """.formatted(personId, idNumber.substring(0, 6) + "********" + idNumber.substring(14), region,
                eligible ? "ACTIVE" : "SUSPENDED", eligible, eligible, eligible ? "[]" : "[\"contributions for 2026 not paid\"]", qualifications);
        enrollment.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks"))
                .withRequestBody(matchingJsonPath("$.idNumber", equalTo(idNumber)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** WireMock on a free port standing in for enrollment and site-registry, started; it lives as long as the test class. */
    static WireMockServer startDependencies() {
        WireMockServer dependencies = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        dependencies.start();
        return dependencies;
    }

    /** Points the service at the stand-in, with {@code timeout} on each call to it, and keeps the recovery job out of the way. */
    static void useDependencies(DynamicPropertyRegistry registry, WireMockServer dependencies, String timeout) {
        registry.add("chs.enrollment.url", dependencies::baseUrl);
        registry.add("chs.enrollment.timeout", () -> timeout);
        registry.add("chs.site-registry.url", dependencies::baseUrl);
        registry.add("chs.site-registry.timeout", () -> timeout);
        registry.add("chs.settlement.recovery-interval", () -> "1h");
    }

    /** site-registry lets every point handle every item. */
    static void everythingAuthorised(WireMockServer registry) {
        registry.stubFor(get(urlPathMatching("/api/registry/service-points/[^/]+/authorisations/[^/]+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", "\"v7\"")
                        .withBody("{\"servicePointId\":\"sp\",\"itemCode\":\"X\",\"allowed\":true,\"catalogueVersion\":7,\"itemName\":\"异地就医备案\",\"instant\":true}")));
    }

    /** site-registry names the point and lets it handle every item: a point of one test's own, so the default answer stays. */
    static void authorisedAt(WireMockServer registry, String point, String pointName) {
        registry.stubFor(get(urlPathMatching("/api/registry/service-points/" + point + "/authorisations/[^/]+")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("ETag", "\"v7-p0\"")
                        .withBody(("{\"servicePointId\":\"%s\",\"servicePointName\":\"%s\",\"itemCode\":\"X\",\"allowed\":true,"
                                + "\"catalogueVersion\":7,\"itemName\":\"异地就医备案\",\"instant\":true}").formatted(point, pointName))));
    }

    /** A manual reimbursement of a 1300.00 emergency stay in Chun'an for the person, with the counter's queue times. */
    static String reimbursement(String billNumber, String idNumber) {
        return """
                {"institutionId":"inst-xihu-1","billNumber":"%s","idNumber":"%s","treatmentRegion":"%s","admissionDate":"2026-05-01",
                 "dischargeDate":"2026-05-03","visitType":"INPATIENT","hospitalLevel":"LEVEL_1","emergency":true,
                 "lines":[{"itemCode":"A1","quantity":1,"unitPrice":1300.00}],
                 "payee":{"name":"张三","bankName":"农业银行","accountNumber":"6228480012345678"},%s}
                """.formatted(billNumber, idNumber, CHUNAN, counterTimes());
    }

    /** LEVEL_1 300/0.90, LEVEL_2 600/0.85, LEVEL_3 1000/0.80, reductions 10 and 15 points, the given cap. */
    static String policy(String cap) {
        return """
                {"deductibles":{"LEVEL_1":300.00,"LEVEL_2":600.00,"LEVEL_3":1000.00},
                 "ratios":{"LEVEL_1":0.90,"LEVEL_2":0.85,"LEVEL_3":0.80},
                 "annualCap":%s,"referralReductionPoints":10,"unreferredReductionPoints":15}
                """.formatted(cap);
    }

    /** Chun'an's catalogue: A1 class A; B10 class B 10%; S1 self-pay; D1 a restricted drug for E11 (diabetes), at most 30 a bill. */
    static final String CATALOGUE_CSV = """
            itemCode,name,class,selfPayFirstShare,quantityLimit,restricted,qualifyingDiseases
            A1,床位费,CLASS_A,,,,
            B10,进口支架,CLASS_B,0.10,,,
            S1,单人间差价,SELF_PAY,,,,
            D1,"胰岛素, 长效",CLASS_A,,30,true,E11
            """;

    /** A bill as JSON; lines as "code quantity price [date]". */
    static String bill(String billNumber, String idNumber, String level, boolean emergency, String... lines) {
        return bill(billNumber, idNumber, "2026-05-01", "2026-05-10", "INPATIENT", null, level, emergency, lines);
    }

    static String bill(String billNumber, String idNumber, String admission, String discharge, String visitType, String disease,
                       String level, boolean emergency, String... lines) {
        String lineJson = Arrays.stream(lines).map(l -> l.split(" ")).map(p -> "{\"itemCode\":\"" + p[0] + "\",\"quantity\":" + p[1]
                + ",\"unitPrice\":" + p[2] + (p.length > 3 ? ",\"serviceDate\":\"" + p[3] + "\"" : "") + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return """
                {"billNumber":"%s","idNumber":"%s","admissionDate":"%s","dischargeDate":"%s","visitType":"%s",%s
                 "hospitalLevel":"%s","emergency":%s,"lines":%s}
                """.formatted(billNumber, idNumber, admission, discharge, visitType,
                disease == null ? "" : "\"diseaseCode\":\"" + disease + "\",", level, emergency, lineJson);
    }

    static String filing(String idNumber, String treatmentRegion, String type, String from, String to) {
        return """
                {"idNumber":"%s",%s"type":"%s","validFrom":"%s"%s,%s}
                """.formatted(idNumber, treatmentRegion == null ? "" : "\"treatmentRegion\":\"" + treatmentRegion + "\",", type, from,
                to == null ? "" : ",\"validTo\":\"" + to + "\"", counterTimes());
    }

    /** Queue ticket drawn ten minutes ago, called five minutes ago: what a counter handling carries. */
    static String counterTimes() {
        java.time.Instant now = java.time.Instant.now();
        return "\"queuedAt\":\"" + now.minusSeconds(600) + "\",\"startedAt\":\"" + now.minusSeconds(300) + "\"";
    }
}
