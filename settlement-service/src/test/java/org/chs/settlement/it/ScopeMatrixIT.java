package org.chs.settlement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.it.SettlementFixtures.ADMIN;
import static org.chs.settlement.it.SettlementFixtures.CATALOGUE_CSV;
import static org.chs.settlement.it.SettlementFixtures.CHUNAN;
import static org.chs.settlement.it.SettlementFixtures.CLERK;
import static org.chs.settlement.it.SettlementFixtures.HOSPITAL;
import static org.chs.settlement.it.SettlementFixtures.HUANGPU;
import static org.chs.settlement.it.SettlementFixtures.OTHER_HOSPITAL;
import static org.chs.settlement.it.SettlementFixtures.TOKENS;
import static org.chs.settlement.it.SettlementFixtures.filing;
import static org.chs.settlement.it.SettlementFixtures.newIdNumber;
import static org.chs.settlement.it.SettlementFixtures.person;
import static org.chs.settlement.it.SettlementFixtures.policy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.chs.settlement.it.Api.Answer;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scope matrix: every settlement operation that acts on something a service point or an institution owns, called by its
 * owner (2xx) and by a caller of another point or institution (403 or 404, and nothing changed). One row per operation and
 * foreign caller: a new operation is one line of {@link #MATRIX}.
 *
 * <p>Not in the matrix, because their scope cannot be crossed: creating settlements, pre-settlements, filings and
 * reimbursements (the institution or point comes from the token, never the body), and a hospital's reversal or lookup by bill
 * number (bill numbers are per institution: another hospital's number is its own, see {@code SettlementIT}). Revoking a
 * filing is open to every counter (通收通办) whose point the catalogue authorises for the item.
 */
@PlatformServiceTest
class ScopeMatrixIT {

    static final WireMockServer DEPENDENCIES = SettlementFixtures.startDependencies();
    /** A clerk of another point than {@link SettlementFixtures#CLERK}'s county hall. */
    static final String VILLAGE_CLERK = TOKENS.clerk("clerk-village", "sp-fenkou-village");

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

    /** What a row acts on, made fresh for the row by its natural owner. */
    enum Owned { HOSPITAL_SETTLEMENT, HOSPITAL_FILING, COUNTER_FILING, COUNTER_REIMBURSEMENT }

    /** One call: method, path and body. */
    record Call(String method, String path, String body) {
    }

    /** One operation and one foreign caller: the owner must get 2xx, the foreigner {@code foreignStatus}. */
    record Row(String operation, Owned owned, String owner, String foreigner, int foreignStatus, Function<String, Call> call) {
    }

    static final Map<String, String> TOKEN_NAMES = Map.of(HOSPITAL, "hospital (first people's)", OTHER_HOSPITAL, "hospital (TCM)",
            CLERK, "clerk (county hall)", VILLAGE_CLERK, "clerk (village)", ADMIN, "agency-admin");

    static final List<Row> MATRIX = List.of(
            new Row("GET /settlements/{id}", Owned.HOSPITAL_SETTLEMENT, HOSPITAL, OTHER_HOSPITAL, 404,
                    id -> new Call("GET", "/api/settlement/settlements/" + id, null)),
            new Row("GET /filings/{id} made up by a hospital", Owned.HOSPITAL_FILING, HOSPITAL, OTHER_HOSPITAL, 404,
                    id -> new Call("GET", "/api/settlement/filings/" + id, null)),
            new Row("GET /filings/{id} filed at a counter", Owned.COUNTER_FILING, CLERK, HOSPITAL, 404,
                    id -> new Call("GET", "/api/settlement/filings/" + id, null)),
            new Row("GET /reimbursements/{id}", Owned.COUNTER_REIMBURSEMENT, CLERK, VILLAGE_CLERK, 404,
                    id -> new Call("GET", "/api/settlement/reimbursements/" + id, null)),
            new Row("GET /reimbursements/{id}", Owned.COUNTER_REIMBURSEMENT, CLERK, HOSPITAL, 403,
                    id -> new Call("GET", "/api/settlement/reimbursements/" + id, null)),
            new Row("POST /reimbursements/{id}/reversal", Owned.COUNTER_REIMBURSEMENT, CLERK, VILLAGE_CLERK, 403,
                    id -> new Call("POST", "/api/settlement/reimbursements/" + id + "/reversal", "{\"reason\":\"paid twice\"}")),
            new Row("POST /reimbursements/{id}/reversal", Owned.COUNTER_REIMBURSEMENT, ADMIN, VILLAGE_CLERK, 403,
                    id -> new Call("POST", "/api/settlement/reimbursements/" + id + "/reversal", "{\"reason\":\"paid twice\"}")),
            new Row("POST /reimbursements/{id}/reversal", Owned.COUNTER_REIMBURSEMENT, CLERK, HOSPITAL, 403,
                    id -> new Call("POST", "/api/settlement/reimbursements/" + id + "/reversal", "{\"reason\":\"paid twice\"}")));

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
        assertThat(api.post("/api/settlement/catalogues/" + CHUNAN + "/imports", ADMIN, CATALOGUE_CSV, "text/csv").status()).isEqualTo(200);
        for (String institution : List.of("inst-chunan-first-peoples", "inst-chunan-tcm")) {
            assertThat(api.put("/api/settlement/institutions/" + institution + "/levels", ADMIN,
                    "{\"levels\":[{\"level\":\"LEVEL_1\",\"effectiveFrom\":\"2000-01-01\"}]}").status()).isEqualTo(200);
        }
        seeded = true;
    }

    @TestFactory
    Stream<DynamicTest> shouldLetOnlyTheOwnerActWhenAForeignPointOrInstitutionCalls() {
        return MATRIX.stream().map(row -> DynamicTest.dynamicTest(row.operation() + " by " + TOKEN_NAMES.get(row.foreigner()), () -> {
            Call call = row.call().apply(make(row.owned()));

            Answer foreign = send(call, row.foreigner());
            Answer owner = send(call, row.owner());

            assertThat(foreign.status()).as("%s as %s: %s", row.operation(), TOKEN_NAMES.get(row.foreigner()), foreign.body())
                    .isEqualTo(row.foreignStatus());
            assertThat(foreign.type()).as("a problem with a type").isNotBlank();
            assertThat(owner.status()).as("%s as the owner %s: %s", row.operation(), TOKEN_NAMES.get(row.owner()), owner.body())
                    .isBetween(200, 299);
        }));
    }

    @Test
    void shouldRefuseAHospitalReversingACountersReimbursementOfItsBill() {
        String reimbursed = make(Owned.COUNTER_REIMBURSEMENT);
        String billNumber = api.get("/api/settlement/reimbursements/" + reimbursed, CLERK).body().path("billNumber").asString();

        Answer byTheHospital = api.post("/api/settlement/bills/" + billNumber + "/reversal", HOSPITAL, "{\"reason\":\"timeout\"}");

        assertThat(byTheHospital.status()).as(byTheHospital.body().toString()).isEqualTo(403);
        assertThat(byTheHospital.type()).endsWith("/service-point-scope");
        Answer after = api.get("/api/settlement/reimbursements/" + reimbursed, CLERK);
        assertThat(after.body().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(after.body().path("payment").path("status").asString()).isEqualTo("ORDERED");
    }

    @Test
    void shouldRefuseAHospitalListingAnotherInstitutionsSettlements() {
        make(Owned.HOSPITAL_SETTLEMENT);

        Answer foreign = api.get("/api/settlement/settlements?institutionId=inst-chunan-first-peoples", OTHER_HOSPITAL);
        Answer own = api.get("/api/settlement/settlements?institutionId=inst-chunan-first-peoples", HOSPITAL);

        assertThat(foreign.status()).as(foreign.body().toString()).isEqualTo(403);
        assertThat(foreign.type()).endsWith("/service-point-scope");
        assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
        assertThat(own.body().path("items").size()).isPositive();
    }

    /** Makes a fresh thing of the kind, as its owner would; its id. */
    private String make(Owned owned) {
        String idNumber = newIdNumber();
        person(DEPENDENCIES, idNumber, "psn-" + UUID.randomUUID(), HUANGPU, true);
        String number = "ZY-" + UUID.randomUUID().toString().substring(0, 12);
        Answer made = switch (owned) {
            case HOSPITAL_SETTLEMENT -> api.post("/api/settlement/settlements", HOSPITAL, """
                    {"billNumber":"%s","idNumber":"%s","admissionDate":"2026-05-01","dischargeDate":"2026-05-10","visitType":"INPATIENT",
                     "hospitalLevel":"LEVEL_1","emergency":true,"diseaseCode":"I21.9","lines":[{"itemCode":"A1","quantity":1,"unitPrice":1300.00}]}
                    """.formatted(number, idNumber));
            case HOSPITAL_FILING -> api.post("/api/settlement/filings", HOSPITAL, filing(idNumber, null, "REFERRAL", "2026-05-01", "2026-06-30"));
            case COUNTER_FILING -> api.post("/api/settlement/filings", CLERK, filing(idNumber, CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30"));
            case COUNTER_REIMBURSEMENT -> api.post("/api/settlement/reimbursements", CLERK, """
                    {"institutionId":"inst-chunan-first-peoples","billNumber":"%s","idNumber":"%s","treatmentRegion":"%s",
                     "admissionDate":"2026-05-01","dischargeDate":"2026-05-03","visitType":"INPATIENT","hospitalLevel":"LEVEL_1",
                     "emergency":true,"diseaseCode":"I21.9","lines":[{"itemCode":"A1","quantity":1,"unitPrice":1300.00}],
                     "payee":{"name":"张三","bankName":"农业银行","accountNumber":"6228480012345678"},%s}
                    """.formatted(number, idNumber, CHUNAN, SettlementFixtures.counterTimes()));
        };
        assertThat(made.status()).as("making a %s: %s", owned, made.body()).isEqualTo(201);
        return made.body().path("id").asString();
    }

    private Answer send(Call call, String token) {
        return switch (call.method()) {
            case "GET" -> api.get(call.path(), token);
            case "PUT" -> api.put(call.path(), token, call.body());
            default -> api.post(call.path(), token, call.body());
        };
    }
}
