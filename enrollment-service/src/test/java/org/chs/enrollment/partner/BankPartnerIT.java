package org.chs.enrollment.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.chs.enrollment.support.EnrollmentIT;
import org.chs.platform.web.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The bank-partner API (医银合作) end to end: scope, entrusted items, idempotency keys, the resident's business at a bank. */
class BankPartnerIT extends EnrollmentIT {

    @Autowired
    private IdempotencyStore idempotency;

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private String enrolAtBank(String idNumber) {
        HttpResponse<String> response = post("/api/enrollment/persons", bank, residentEnrolment(idNumber, "null"), key(newKey()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("result").path("personId").asString();
    }

    @Nested
    class Scope {

        @Test
        void shouldHandleAtTheBanksOwnPointThroughBankApiWhenABankEnrolsAResident() {
            HttpResponse<String> response = post("/api/enrollment/persons", bank, residentEnrolment(newAdultIdNumber(), "null"),
                    key(newKey()));
            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode handling = json(response).path("handling");
            assertThat(handling.path("servicePointId").asString()).isEqualTo(BANK_POINT);
            assertThat(handling.path("channel").asString()).isEqualTo("BANK_API");
            assertThat(handling.path("operator").asString()).isEqualTo("bank-icbc-qiandaohu");
            assertThat(handling.path("reviewToken").asString()).hasSizeGreaterThan(40);
            assertThat(json(response).path("result").path("maskedIdNumber").asString()).contains("********");
            assertThat(json(response).path("result").has("idNumber")).isFalse();
        }

        @Test
        void shouldForbidWhenTheBankActsForAnotherPoint() {
            HttpResponse<String> response = post("/api/enrollment/persons", bank,
                    residentEnrolment(newAdultIdNumber(), "{\"servicePointId\":\"" + COUNTY_HALL + "\"}"), key(newKey()));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).path("type").asString()).endsWith("/service-point-scope");
        }

        @Test
        void shouldForbidWhenABankEnrolsAnEmployeeBecauseEnr01IsNotEntrustedToBanks() {
            registryAnswers(BANK_POINT, "ENR-01", false, "ENR-01 is not entrusted to partner banks", 3);
            HttpResponse<String> response = post("/api/enrollment/persons", bank, employeeEnrolment(newAdultIdNumber(), "null"), key(newKey()));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).path("itemCode").asString()).isEqualTo("ENR-01");
            assertThat(json(response).path("servicePointId").asString()).isEqualTo(BANK_POINT);
        }

        @Test
        void shouldForbidWhenABankTriesBusinessItsRoleDoesNotDo() {
            String personId = enrolAtBank(newAdultIdNumber());
            assertThat(post("/api/enrollment/persons/" + personId + "/transfers-out", bank,
                    "{\"destinationRegion\":\"330106\",\"reason\":\"x\"}", key(newKey())).statusCode()).isEqualTo(403);
            assertThat(post("/api/enrollment/newborns", bank, "{\"parentPersonId\":\"%s\",\"idNumber\":\"%s\",\"name\":\"小明\"}"
                    .formatted(personId, newAdultIdNumber()), key(newKey())).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/persons/" + personId + "?reveal=true", bank).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/audit/personal-data-reads", bank).statusCode()).isEqualTo(403);
        }

        @Test
        void shouldListOnlyItsOwnPointWhenABankListsHandlings() {
            assertThat(fetch("/api/enrollment/handlings?servicePointId=" + COUNTY_HALL, bank).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/handlings", bank).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class IdempotencyKeys {

        @Test
        void shouldAnswer400WhenABankSendsNoKey() {
            HttpResponse<String> response = post("/api/enrollment/persons", bank, residentEnrolment(newAdultIdNumber(), "null"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        }

        @Test
        void shouldReplayTheFirstResponseWhenTheSameRequestIsSentAgain() {
            String k = newKey();
            String body = residentEnrolment(newAdultIdNumber(), "null");
            HttpResponse<String> first = post("/api/enrollment/persons", bank, body, key(k));
            HttpResponse<String> again = post("/api/enrollment/persons", bank, body, key(k));

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        }

        @Test
        void shouldReplayTheErrorWhenTheFirstResponseWasAnError() {
            String idNumber = newAdultIdNumber();
            enrolAtBank(idNumber);
            String k = newKey();
            HttpResponse<String> first = post("/api/enrollment/persons", bank, residentEnrolment(idNumber, "null"), key(k));
            HttpResponse<String> again = post("/api/enrollment/persons", bank, residentEnrolment(idNumber, "null"), key(k));
            assertThat(first.statusCode()).isEqualTo(409);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).isEqualTo(first.body());
        }

        @Test
        void shouldAnswer422WhenTheSameKeyComesWithAnotherBody() {
            String k = newKey();
            assertThat(post("/api/enrollment/persons", bank, residentEnrolment(newAdultIdNumber(), "null"), key(k)).statusCode()).isEqualTo(201);
            HttpResponse<String> other = post("/api/enrollment/persons", bank, residentEnrolment(newAdultIdNumber(), "null"), key(k));
            assertThat(other.statusCode()).isEqualTo(422);
            assertThat(json(other).path("type").asString()).isEqualTo("https://chs-platform.org/problems/idempotency-key-reused");
        }

        @Test
        void shouldAcceptTheSameKeyWhenItComesFromAnotherClient() {
            String k = newKey();
            assertThat(post("/api/enrollment/persons", bank, residentEnrolment(newAdultIdNumber(), "null"), key(k)).statusCode()).isEqualTo(201);
            String otherBank = tokens.bank("bank-rcb-fenkou", "sp-bank-rcb-fenkou");
            assertThat(post("/api/enrollment/persons", otherBank, residentEnrolment(newAdultIdNumber(), "null"), key(k)).statusCode())
                    .isEqualTo(201);
        }

        @Test
        void shouldAnswerInFlightThenReplayWhenTheSameKeyIsClaimedBeforeAndAfterCompletion() {
            IdempotencyStore.Claim first = idempotency.claim("bank-x", "key-in-flight-1", "hash-a");
            assertThat(first).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
            assertThat(idempotency.claim("bank-x", "key-in-flight-1", "hash-a")).isInstanceOf(IdempotencyStore.Claim.InFlight.class);
            assertThat(idempotency.claim("bank-x", "key-in-flight-1", "hash-b")).isInstanceOf(IdempotencyStore.Claim.Mismatch.class);
            idempotency.complete(((IdempotencyStore.Claim.Claimed) first).recordId(),
                    new org.chs.platform.web.idempotency.StoredResponse(201, "application/json", null, "{}"));
            assertThat(idempotency.claim("bank-x", "key-in-flight-1", "hash-a")).isInstanceOf(IdempotencyStore.Claim.Replay.class);
        }

        @Test
        void shouldAnswer409ToADuplicateSentWhileTheFirstIsStillRunning() throws Exception {
            // a slow catalogue keeps the first request in flight for a while
            SITE_REGISTRY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(authorisationPath(BANK_POINT, "ENR-02")))
                    .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            "{\"allowed\":true,\"catalogueVersion\":2}").withFixedDelay(700)));
            String k = newKey();
            String body = residentEnrolment(newAdultIdNumber(), "null");
            java.util.concurrent.CompletableFuture<HttpResponse<String>> first = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> post("/api/enrollment/persons", bank, body, key(k)));
            Thread.sleep(250);

            HttpResponse<String> duplicate = post("/api/enrollment/persons", bank, body, key(k));

            assertThat(duplicate.statusCode()).isEqualTo(409);
            assertThat(json(duplicate).path("type").asString()).endsWith("/idempotency-key-in-flight");
            assertThat(duplicate.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> firstResponse = first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(firstResponse.statusCode()).isEqualTo(201);
            HttpResponse<String> later = post("/api/enrollment/persons", bank, body, key(k));
            assertThat(later.statusCode()).isEqualTo(201);
            assertThat(later.body()).isEqualTo(firstResponse.body());
        }

        @Test
        void shouldLetTheKeyBeRetriedWhenTheFirstAttemptFailedWithA5xx() {
            registryDown();
            String k = newKey();
            String body = residentEnrolment(newAdultIdNumber(), "null");
            assertThat(post("/api/enrollment/persons", bank, body, key(k)).statusCode()).isEqualTo(503);
            resetSiteRegistry();
            assertThat(post("/api/enrollment/persons", bank, body, key(k)).statusCode()).isEqualTo(201);
        }

        @Test
        void shouldAcceptTheRequestWhenAClerkSendsNoKey() {
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(201);
        }
    }

    @Nested
    class ResidentBusinessAtTheBank {

        @Test
        void shouldPayQueryAndPrintWhenAResidentComesToTheBank() {
            String idNumber = newAdultIdNumber();
            String personId = enrolAtBank(idNumber);
            int year = LocalDate.now().getYear();

            HttpResponse<String> paid = post("/api/enrollment/persons/" + personId + "/contributions", bank,
                    "{\"year\":%d,\"amount\":380,\"receiptNumber\":\"ICBC-%s\"}".formatted(year, UUID.randomUUID().toString().substring(0, 8)),
                    key(newKey()));
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
            assertThat(json(paid).path("result").path("contribution").path("channel").asString()).isEqualTo("BANK");
            assertThat(json(paid).path("result").path("contribution").path("amount").decimalValue()).isEqualByComparingTo("380.00");
            assertThat(json(paid).path("result").path("year").path("covered").asBoolean()).isTrue();

            JsonNode found = json(post("/api/enrollment/persons/lookups", bank, "{\"idNumber\":\"" + idNumber.toLowerCase() + "\"}",
                    key(newKey())));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).path("personId").asString()).isEqualTo(personId);

            HttpResponse<String> query = post("/api/enrollment/persons/" + personId + "/enrolment-queries", bank, "{}", key(newKey()));
            assertThat(query.statusCode()).isEqualTo(200);
            assertThat(json(query).path("handling").path("itemCode").asString()).isEqualTo("QRY-01");

            HttpResponse<String> certificate = post("/api/enrollment/persons/" + personId + "/certificates", bank, "{}", key(newKey()));
            assertThat(certificate.statusCode()).isEqualTo(200);
            assertThat(json(certificate).path("result").path("coveredThisYear").asBoolean()).isTrue();
            assertThat(certificate.body()).doesNotContain(idNumber);

            HttpResponse<String> rights = post("/api/enrollment/persons/" + personId + "/rights-records", bank, "{}", key(newKey()));
            assertThat(rights.statusCode()).isEqualTo(200);
            assertThat(json(rights).path("result").path("contributions")).hasSize(1);
        }

        @Test
        void shouldAnswer409WhenAReceiptNumberWasUsedBeforeInTheBankChannel() {
            String receipt = "ICBC-" + UUID.randomUUID().toString().substring(0, 8);
            String first = enrolAtBank(newAdultIdNumber());
            String second = enrolAtBank(newAdultIdNumber());
            String body = "{\"year\":%d,\"amount\":380.00,\"receiptNumber\":\"%s\"}".formatted(LocalDate.now().getYear(), receipt);
            assertThat(post("/api/enrollment/persons/" + first + "/contributions", bank, body, key(newKey())).statusCode()).isEqualTo(201);
            HttpResponse<String> reused = post("/api/enrollment/persons/" + second + "/contributions", bank, body, key(newKey()));
            assertThat(reused.statusCode()).isEqualTo(409);
            assertThat(json(reused).path("type").asString()).endsWith("/duplicate-receipt");
        }
    }
}
